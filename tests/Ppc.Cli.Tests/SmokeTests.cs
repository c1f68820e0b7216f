namespace Ppc.Cli.Tests;

public class SmokeTests
{
    [Fact]
    public void Schema_version_is_one() => Assert.Equal(1, new Ppc.Modeling.Scenarios.Scenario { HorizonMonths = 1 }.SchemaVersion);

    [FsCheck.Xunit.Property(MaxTest = 50)]
    public bool Addition_commutes(int a, int b) => unchecked(a + b) == unchecked(b + a);
}
