using System.Reflection;
using Seedance.Generated.Tests.Support;

namespace Seedance.Generated.Tests;

/// <summary>
/// The guard: every (spec, operationId) found in <c>specs/*.yaml</c> has at least one request test and
/// one parse test (methods marked <see cref="CoversAttribute"/>), and no marker names an operation that
/// no longer exists. The request theory (<see cref="RequestTests"/>) runs over the generated operation
/// descriptors, so an operation a spec gains has its request test at once; it fails here until its
/// parse test (explicit values of its documented examples) is written.
/// </summary>
public sealed class CoverageTests
{
    private static IEnumerable<MethodInfo> Tests() =>
        typeof(CoverageTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .Where(m => m.GetCustomAttributes<FactAttribute>().Any(f => f.Skip is null)); // [Theory] is a [Fact]

    // A [CoversEveryOperation] theory runs once per generated descriptor, so it marks every descriptor's
    // key; There_is_one_descriptor_per_spec_operation (DescriptorTests) ties the descriptors to the YAML.
    private static IEnumerable<(string Operation, Coverage Kind, MethodInfo Method)> Markers() =>
        Tests().SelectMany(m => m.GetCustomAttributes<CoversAttribute>().Select(c => (c.Operation, c.Kind, m))
            .Concat(m.GetCustomAttributes<CoversEveryOperationAttribute>()
                .SelectMany(c => SeedanceOperations.All.Select(d => (d.Key, c.Kind, m)))));

    [Fact]
    public void The_specs_directory_has_exactly_the_four_known_specs()
    {
        var stems = Directory.GetFiles(SpecDocument.SpecsDirectory, "*.yaml")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(s => !s!.StartsWith('.'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(SpecDocument.Ids.Order(StringComparer.Ordinal), stems);
    }

    /// <summary>The guard's rule: each operation key needs every <see cref="Coverage"/> kind among the markers.</summary>
    private static List<string> Missing(IEnumerable<string> operationKeys, IReadOnlySet<(string Operation, Coverage Kind)> covered) =>
        operationKeys
            .SelectMany(key => Enum.GetValues<Coverage>().Where(kind => !covered.Contains((key, kind))).Select(kind => $"{key}: no {kind} test"))
            .ToList();

    [Fact]
    public void Every_spec_operation_has_a_request_test_and_a_parse_test()
    {
        var covered = Markers().Select(m => (m.Operation, m.Kind)).ToHashSet();
        var operations = SpecDocument.AllOperations().Select(o => o.Key).ToList();
        Assert.Equal(operations.Count, operations.Distinct(StringComparer.Ordinal).Count());
        Assert.NotEmpty(operations);
        var missing = Missing(operations, covered);
        Assert.True(missing.Count == 0, "Operations without tests:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_coverage_marker_names_an_existing_operation()
    {
        var keys = SpecDocument.AllOperations().Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var stale = Markers().Where(m => !keys.Contains(m.Operation)).Select(m => $"{m.Method.DeclaringType?.Name}.{m.Method.Name} covers unknown {m.Operation}").ToList();
        Assert.True(stale.Count == 0, string.Join("\n", stale));
    }

    [Fact]
    public void The_guard_reports_an_operation_a_spec_gains_without_tests()
    {
        // What happens when a spec gains e.g. DELETE /v1/videos/{id} (deleteVideo): its key joins the
        // operation list read from the YAML, no method carries a marker for it, so both kinds are missing.
        var covered = Markers().Select(m => (m.Operation, m.Kind)).ToHashSet();
        var keys = SpecDocument.AllOperations().Select(o => o.Key).Append("cometapi-videos/deleteVideo");
        Assert.Equal(
            ["cometapi-videos/deleteVideo: no Request test", "cometapi-videos/deleteVideo: no Parse test"],
            Missing(keys, covered));

        // A request test alone is not enough.
        covered.Add(("cometapi-videos/deleteVideo", Coverage.Request));
        Assert.Equal(["cometapi-videos/deleteVideo: no Parse test"], Missing(keys, covered));
    }
}
