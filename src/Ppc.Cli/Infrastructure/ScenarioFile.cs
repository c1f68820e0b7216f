using System.Diagnostics.CodeAnalysis;
using Ppc.Modeling.Scenarios;

namespace Ppc.Cli.Infrastructure;

/// <summary>
/// Loads a scenario file for a command and reports what is wrong with it, the same way for every
/// command: one <c>path: message</c> line per error on stderr (all of them at once), one
/// <c>warning: path: message</c> line per warning.
/// </summary>
internal static class ScenarioFile
{
    /// <summary>Loads and validates the scenario at <paramref name="path"/>, writing its errors and warnings on stderr.</summary>
    /// <param name="path">The scenario file.</param>
    /// <param name="output">Where to report.</param>
    /// <param name="scenario">The validated scenario, when it has no error.</param>
    /// <returns>Whether the scenario can be used; when false the command should exit with <see cref="ExitCodes.InvalidInput"/>.</returns>
    public static bool TryLoad(string path, CliOutput output, [NotNullWhen(true)] out ValidatedScenario? scenario)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(output);
        var result = ScenarioJson.Load(path);
        foreach (var error in result.Errors) output.WriteErrorLine(error.ToString());
        foreach (var warning in result.Warnings) output.Warning(warning.ToString());
        return result.TryGetValue(out scenario);
    }
}
