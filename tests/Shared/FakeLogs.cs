using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Seedance.Testing;

/// <summary>
/// The SDK takes an <see cref="ILoggerFactory"/>; these put <see cref="FakeLoggerProvider"/> behind one, and
/// flatten a <see cref="FakeLogRecord"/> to everything a real sink could write, for "never contains" checks.
/// </summary>
public static class FakeLogs
{
    /// <summary>A factory whose every line, at every level (Trace included), lands in <paramref name="collector"/>.</summary>
    public static ILoggerFactory Factory(FakeLogCollector collector) =>
        new LoggerFactory([new FakeLoggerProvider(collector)], new LoggerFilterOptions { MinLevel = LogLevel.Trace });

    /// <summary>Category, level, event, message, structured values, scopes and exception of one record.</summary>
    public static string AllText(this FakeLogRecord record) =>
        $"{record.Category} [{record.Level}] {record.Id} {record.Message} | "
        + string.Join("; ", (record.StructuredState ?? []).Select(p => $"{p.Key}={p.Value}"))
        + " | " + string.Join("; ", record.Scopes) + " | " + record.Exception;

    /// <summary><see cref="AllText(FakeLogRecord)"/> of every record collected so far.</summary>
    public static string AllText(this FakeLogCollector collector) =>
        string.Join("\n", collector.GetSnapshot().Select(r => r.AllText()));
}
