namespace Seedance.Cli.Tests;

/// <summary>Polls a condition until it holds, with a bounded deadline (no fixed sleeps for timing).</summary>
internal static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<T?> probe, string what, TimeSpan? timeout = null) where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            if (probe() is { } value) return value;
            await Task.Delay(20);
        }
        throw new TimeoutException("timed out waiting for " + what);
    }
}
