namespace Ppc.Modeling.Sizing;

/// <summary>Sizing found no integer plan within its time limit (not a status: there is no answer to report).</summary>
public sealed class SizingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SizingException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What happened, in words for the user.</param>
    public SizingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The cause.</param>
    public SizingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
