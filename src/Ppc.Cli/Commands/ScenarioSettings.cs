using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ppc.Cli.Commands;

/// <summary>The settings shared by every command that reads one scenario file: its path.</summary>
internal class ScenarioSettings : CommandSettings
{
    /// <summary>The scenario file (JSON).</summary>
    [CommandArgument(0, "<scenario>")]
    [Description("The scenario file (JSON).")]
    public string Scenario { get; init; } = "";

    /// <summary>Checks that the scenario names an existing file.</summary>
    /// <returns>Success, or the one-line reason.</returns>
    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Scenario)) return ValidationResult.Error("the scenario path is empty");
        if (Directory.Exists(Scenario)) return ValidationResult.Error($"'{Scenario}' is a directory, not a scenario file");
        if (!File.Exists(Scenario)) return ValidationResult.Error($"the scenario file '{Scenario}' does not exist");
        return ValidationResult.Success();
    }
}
