using System.Runtime.ExceptionServices;

namespace Ppc.Modeling.Sizing;

/// <summary>
/// Runs independent solves side by side (each OR-Tools solve is single-threaded). A failure surfaces
/// as the exception the body threw, not wrapped in an <see cref="AggregateException"/>, so that a
/// cancellation stays an <see cref="OperationCanceledException"/> for the caller.
/// </summary>
internal static class SideBySide
{
    /// <summary>Calls <paramref name="body"/> for 0..<paramref name="count"/> − 1 on up to <paramref name="threads"/> threads (≥ 1).</summary>
    public static void For(int count, int threads, Action<int> body)
    {
        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, body);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
    }
}
