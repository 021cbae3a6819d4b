using System.Reflection;

namespace Seedance.Packaging.Tests.PublicApi;

/// <summary>
/// Every public or protected method of the shipped surface that returns a task takes a
/// <see cref="CancellationToken"/>: a video job call can run for minutes, and a caller must be able to
/// stop waiting on any of them. Held here for the whole surface at once, so a new method cannot slip
/// past class-by-class tests. The one exemption is the parameterless <c>DisposeAsync</c>, whose
/// signature <see cref="IAsyncDisposable"/> fixes.
/// </summary>
public sealed class AsyncSurfaceTests
{
    [Theory]
    [MemberData(nameof(ShippedAssemblies.All), MemberType = typeof(ShippedAssemblies))]
    public void Every_visible_async_method_takes_a_cancellation_token(string name)
    {
        var missing = AsyncMethods(name)
            .Where(m => !(m.Name == nameof(IAsyncDisposable.DisposeAsync) && m.GetParameters().Length == 0 && m.ReturnType == typeof(ValueTask)))
            .Where(m => !m.GetParameters().Any(p => p.ParameterType == typeof(CancellationToken)))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name))})")
            .ToList();

        Assert.True(missing.Count == 0, $"{name}: async methods without a CancellationToken:\n" + string.Join("\n", missing));
    }

    // Some assemblies have no async surface (Seedance.Contracts.AspNetCore maps an endpoint), so the guard that the
    // scan finds anything at all is over the whole shipped surface.
    [Fact]
    public void The_scan_finds_the_async_methods_of_the_shipped_surface()
    {
        var found = ShippedAssemblies.Names.SelectMany(AsyncMethods).Select(m => m.DeclaringType!.Name + "." + m.Name).ToList();

        Assert.Contains("VideoJob.WaitForCompletionAsync", found);
        Assert.Contains("SeedanceEmulator.StartAsync", found);
        Assert.Contains("FakeVideoJobClient.SubmitAsync", found);
    }

    private static List<MethodInfo> AsyncMethods(string name) =>
        Assembly.Load(name).GetTypes().Where(ShippedAssemblies.IsVisible)
            // A delegate's Invoke is checked like any method; its runtime-made BeginInvoke/EndInvoke are not ours.
            .SelectMany(t => t.IsSubclassOf(typeof(MulticastDelegate)) ? [t.GetMethod("Invoke")!] : t.GetMethods(ShippedAssemblies.DeclaredMembers))
            .Where(m => ShippedAssemblies.IsVisible(m) && IsAwaitable(m.ReturnType))
            .ToList();

    private static bool IsAwaitable(Type type) =>
        type == typeof(Task) || type == typeof(ValueTask)
        || (type.IsGenericType && type.GetGenericTypeDefinition() is var d && (d == typeof(Task<>) || d == typeof(ValueTask<>) || d == typeof(IAsyncEnumerable<>)));
}
