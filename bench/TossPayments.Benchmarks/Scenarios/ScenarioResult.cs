using System.Collections.Generic;

namespace TossPayments.Benchmarks.Scenarios
{
    /// <summary>One scenario's outcome: its figures, whether its target is met, and how it was run.</summary>
    /// <param name="Id">The scenario's id, e.g. S6.</param>
    /// <param name="Title">What it measures.</param>
    /// <param name="Setup">How it was run, so the figure can be reproduced.</param>
    /// <param name="Figures">Named figures, in order.</param>
    /// <param name="Target">The target, in words.</param>
    /// <param name="TargetMet">Whether the figures meet it.</param>
    internal sealed record ScenarioResult(string Id, string Title, string Setup, IReadOnlyList<(string Name, string Value)> Figures, string Target, bool TargetMet);
}
