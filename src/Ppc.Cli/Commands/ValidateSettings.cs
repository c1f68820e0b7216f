namespace Ppc.Cli.Commands;

/// <summary>The settings of <c>ppc validate &lt;scenario&gt;</c>: the scenario only, for now.</summary>
internal sealed class ValidateSettings : ScenarioSettings
{
}
