using Seedance.Conformance.Drivers;
using Seedance.Conformance.Scenarios;
using Seedance.Conformance.Specs;

namespace Seedance.Conformance.Coverage;

/// <summary>
/// Which operations and documented response statuses of the specs have a scenario. An item without
/// one must be on the skip list with a reason; a skip entry for something that is covered (or does not
/// exist) is stale and also fails, so the list cannot rot.
/// </summary>
internal sealed class CoverageReport
{
    private CoverageReport(IReadOnlyList<CoverageItem> items, IReadOnlyList<string> staleSkips)
    {
        Items = items;
        StaleSkips = staleSkips;
    }

    /// <summary>Operations first, then statuses, in spec order.</summary>
    public IReadOnlyList<CoverageItem> Items { get; }

    /// <summary>Skip entries that match nothing uncovered.</summary>
    public IReadOnlyList<string> StaleSkips { get; }

    /// <summary>The items nothing covers.</summary>
    public IEnumerable<CoverageItem> Missing => Items.Where(i => i.State == CoverageState.Missing);

    /// <summary>True when nothing is missing and no skip is stale.</summary>
    public bool IsComplete => !Missing.Any() && StaleSkips.Count == 0;

    /// <summary>Computes coverage of <paramref name="specs"/> by <paramref name="scenarios"/>.</summary>
    public static CoverageReport Compute(SpecSet specs, IReadOnlyList<Scenario> scenarios, IReadOnlyList<CoverageSkip> skips)
    {
        ArgumentNullException.ThrowIfNull(specs);
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(skips);
        var items = new List<CoverageItem>();
        var usedSkips = new HashSet<CoverageSkip>();
        foreach (var operation in specs.Operations)
        {
            var forOperation = scenarios.Where(s => s.Provider == operation.Provider && s.Operation == operation.OperationId).ToList();
            var operationSkip = skips.FirstOrDefault(s => s.Provider == operation.Provider && s.Operation == operation.OperationId && s.Status is null);
            var hasDriver = OperationDrivers.For(operation.Provider, operation.OperationId) is not null;
            items.Add(Item(operation, null, hasDriver ? forOperation : [], operationSkip, usedSkips,
                hasDriver ? "no scenario" : "no driver (Drivers/OperationDrivers.cs)"));
            foreach (var response in operation.Responses)
            {
                var covering = forOperation.Where(s => s.Definition.Status == response.Status).ToList();
                var skip = operationSkip ?? skips.FirstOrDefault(s => s.Provider == operation.Provider && s.Operation == operation.OperationId && s.Status == response.Status);
                items.Add(Item(operation, response.Status, covering, skip, usedSkips, "no scenario"));
            }
        }
        var stale = skips.Where(s => !usedSkips.Contains(s))
            .Select(s => $"{s.Provider}/{s.Operation}{(s.Status is null ? "" : " " + s.Status)}: on the skip list but covered or not in the specs; remove the entry")
            .ToList();
        return new CoverageReport(items, stale);
    }

    private static CoverageItem Item(SpecOperation operation, string? status, List<Scenario> covering, CoverageSkip? skip, HashSet<CoverageSkip> usedSkips, string missing)
    {
        if (covering.Count > 0) return new(operation.Provider, operation.OperationId, status, CoverageState.Covered, $"{covering.Count} scenario(s)");
        if (skip is not null)
        {
            usedSkips.Add(skip);
            return new(operation.Provider, operation.OperationId, status, CoverageState.Skipped, skip.Reason);
        }
        return new(operation.Provider, operation.OperationId, status, CoverageState.Missing, missing);
    }

    /// <summary>Counts: (covered, skipped, missing) for operations and for statuses.</summary>
    public (int Covered, int Skipped, int Missing) Count(bool operations) =>
        Items.Where(i => (i.Status is null) == operations) is var selected
            ? (selected.Count(i => i.State == CoverageState.Covered), selected.Count(i => i.State == CoverageState.Skipped), selected.Count(i => i.State == CoverageState.Missing))
            : default;
}
