using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Seedance.Reliability.Tests.TestKit;

/// <summary>One captured log call: everything a real sink could write.</summary>
internal sealed record LogLine(string Category, LogLevel Level, EventId EventId, string Message, string State, Exception? Exception)
{
    /// <summary>All text of the line, as a sink writing message, structured state and exception would.</summary>
    public string AllText => $"{Category} [{Level}] {EventId} {Message} | {State} | {Exception}";
}

/// <summary>An <see cref="ILoggerFactory"/> that keeps every line at every level (Trace included).</summary>
internal sealed class CapturingLoggerFactory : ILoggerFactory
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    /// <summary>Every line logged so far.</summary>
    public IReadOnlyList<LogLine> Lines => _lines.ToArray();

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    /// <inheritdoc />
    public void AddProvider(ILoggerProvider provider)
    {
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            lines.Enqueue(new LogLine(category, LogLevel.None, default, "scope", state.ToString() ?? "", null));
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var structured = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join("; ", pairs.Select(p => $"{p.Key}={p.Value}"))
                : state?.ToString() ?? "";
            lines.Enqueue(new LogLine(category, logLevel, eventId, formatter(state, exception), structured, exception));
        }
    }
}
