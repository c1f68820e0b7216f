using Ppc.Modeling.Model;

namespace Ppc.Modeling.Sizing.Model;

/// <summary>Builds §5's programme from a compiled scenario: resources, then flows, then money.</summary>
internal static class SizingModelBuilder
{
    public static SizingModel Build(CompiledScenario c, SizingChannels channels)
    {
        ArgumentNullException.ThrowIfNull(c);
        var model = new SizingModel(c, ModelBounds.For(c, channels));
        ResourceBuilder.Build(model);
        FlowBuilder.Build(model);
        MoneyBuilder.Build(model);
        return model;
    }
}
