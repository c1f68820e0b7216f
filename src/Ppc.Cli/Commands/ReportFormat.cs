namespace Ppc.Cli.Commands;

/// <summary>How a command that produces a report writes it.</summary>
internal enum ReportFormat
{
    /// <summary>Tables for people, on the console.</summary>
    Table,

    /// <summary>The JSON documents of MODEL.md §6, for tools.</summary>
    Json,

    /// <summary>One row per month, for spreadsheets.</summary>
    Csv,
}
