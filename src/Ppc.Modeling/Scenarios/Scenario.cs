using Ppc.Modeling.Collections;

namespace Ppc.Modeling.Scenarios;

/// <summary>
/// A company's sales-production chain and its tactic, as MODEL.md §1 defines it: the prospect file
/// (segments), the chain of stages from records worked to signed deals, the roles that perform
/// them, what everything costs, and the objectives. Immutable; read it with
/// <see cref="ScenarioJson"/>, check it with <see cref="ScenarioValidator"/>. Optional fields are
/// null when absent, so a scenario writes back as it was read.
/// </summary>
public sealed record Scenario
{
    /// <summary>The scenario format version; 1.</summary>
    public int SchemaVersion { get; init; } = 1;

    /// <summary>An optional editor hint (<c>$schema</c>): the JSON Schema's address. Ignored by the engines.</summary>
    public string? SchemaUri { get; init; }

    /// <summary>A free name for people.</summary>
    public string? Name { get; init; }

    /// <summary>The currency of every amount (ISO code such as EUR), for display only.</summary>
    public string? Currency { get; init; }

    /// <summary>The horizon T in months, 1..120; months are numbered 1..T.</summary>
    public required int HorizonMonths { get; init; }

    /// <summary>Cash, fixed costs and payment terms; null means every field at its default.</summary>
    public Finance? Finance { get; init; }

    /// <summary>The teams and bought services that perform the stages.</summary>
    public ValueArray<Role> Roles { get; init; } = ValueArray<Role>.Empty;

    /// <summary>The chain, in order, from the prospect file (stage 1 works records) to signed deals.</summary>
    public ValueArray<Stage> Stages { get; init; } = ValueArray<Stage>.Empty;

    /// <summary>The target clientele, one entry per segment (recommendation 3).</summary>
    public ValueArray<Segment> Segments { get; init; } = ValueArray<Segment>.Empty;

    /// <summary>The delivery capacity and the costs of following a deal; null means defaults.</summary>
    public Delivery? Delivery { get; init; }

    /// <summary>
    /// Explicit shares of each role's hours per stage: role id → stage id → share. A role absent
    /// here gets balanced shares (MODEL.md §2). Null when absent.
    /// </summary>
    public ValueMap<ValueMap<AllocationShare>>? Allocation { get; init; }

    /// <summary>Calendar effects on hours; null for none.</summary>
    public Seasonality? Seasonality { get; init; }

    /// <summary>What is already in the pipeline at month 1, per segment id; null when absent.</summary>
    public ValueMap<PipelineEntry>? InitialPipeline { get; init; }

    /// <summary>Resellers and other partners that sign deals for a commission.</summary>
    public ValueArray<Partner>? Partners { get; init; }

    /// <summary>The objectives to forecast the probability of, or to size the resources for.</summary>
    public ValueArray<Objective>? Objectives { get; init; }

    /// <summary>Default requests for the forecast and sizing engines, for tools that speak JSON only.</summary>
    public ScenarioOptions? Options { get; init; }
}
