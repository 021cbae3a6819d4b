using System.Reflection;

namespace Seedance.Packaging.Tests.PublicApi;

/// <summary>
/// The brief's rule, held for the whole shipped surface rather than class by class: every public or
/// protected method that returns a task takes a <see cref="CancellationToken"/>. The one exemption is
/// <c>DisposeAsync</c>, whose signature <see cref="IAsyncDisposable"/> fixes.
/// </summary>
public sealed class AsyncSurfaceTests
{
    [Theory]
    [MemberData(nameof(PublicApiApprovalTests.Assemblies), MemberType = typeof(PublicApiApprovalTests))]
    public void Every_visible_async_method_takes_a_cancellation_token(string name)
    {
        var assembly = Assembly.Load(name);
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var asyncMethods = assembly.GetTypes().Where(IsVisible)
            // A delegate's Invoke is checked like any method; its runtime-made BeginInvoke/EndInvoke are not ours.
            .SelectMany(t => t.IsSubclassOf(typeof(MulticastDelegate)) ? [t.GetMethod("Invoke")!] : t.GetMethods(all))
            .Where(m => (m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly) && IsAwaitable(m.ReturnType))
            .ToList();

        var missing = asyncMethods
            .Where(m => m.Name != nameof(IAsyncDisposable.DisposeAsync))
            .Where(m => !m.GetParameters().Any(p => p.ParameterType == typeof(CancellationToken)))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name))})")
            .ToList();

        Assert.True(asyncMethods.Count > 5, $"{name}: only {asyncMethods.Count} async methods found; the check would prove nothing");
        Assert.True(missing.Count == 0, $"{name}: async methods without a CancellationToken:\n" + string.Join("\n", missing));
    }

    private static bool IsAwaitable(Type type) =>
        type == typeof(Task) || type == typeof(ValueTask)
        || (type.IsGenericType && type.GetGenericTypeDefinition() is var d && (d == typeof(Task<>) || d == typeof(ValueTask<>) || d == typeof(IAsyncEnumerable<>)));

    private static bool IsVisible(Type type) =>
        type.IsPublic || (type.IsNested && (type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamORAssem) && IsVisible(type.DeclaringType!));
}
