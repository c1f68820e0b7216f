namespace Ppc.Cli.Infrastructure;

/// <summary>The process exit codes of every <c>ppc</c> command.</summary>
internal static class ExitCodes
{
    /// <summary>The command did its job.</summary>
    public const int Success = 0;

    /// <summary>An unexpected failure inside <c>ppc</c> (a bug): one line on stderr, please report it.</summary>
    public const int InternalError = 1;

    /// <summary><c>ppc size</c> found no plan within its time limit: one line on stderr says so.</summary>
    public const int NoPlanInTime = 1;

    /// <summary>
    /// The input cannot be used: bad arguments or options, an unknown command, a missing or unreadable
    /// file, a scenario with errors.
    /// </summary>
    public const int InvalidInput = 2;

    /// <summary>The run was cancelled (Ctrl+C), as shells report a process ended by SIGINT.</summary>
    public const int Cancelled = 130;
}
