namespace Ppc.Modeling.Simulation;

/// <summary>
/// The Monte Carlo cannot run a valid scenario: a trial signs more deals than it can draw one by one
/// (MODEL.md §4 draws every deal's value). The message names the segment and the limit.
/// </summary>
public sealed class ForecastException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ForecastException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What happened, in words for the user.</param>
    public ForecastException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The cause.</param>
    public ForecastException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
