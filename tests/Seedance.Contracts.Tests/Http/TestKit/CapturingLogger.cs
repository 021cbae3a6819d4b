using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Seedance.Contracts.Tests.Http.TestKit;

public sealed record LogLine(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyList<KeyValuePair<string, object?>> State);

/// <summary>Collects every log line, its formatted text and its structured values.</summary>
public sealed class CapturingLoggerFactory : ILoggerFactory
{
    public ConcurrentQueue<LogLine> Lines { get; } = new();

    /// <summary>Every formatted message and every structured value, for "never contains" checks.</summary>
    public string AllText => string.Join("\n", Lines.Select(l => l.Message + " | " + string.Join(", ", l.State.Select(kv => $"{kv.Key}={kv.Value}"))));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void AddProvider(ILoggerProvider provider) { }

    public void Dispose() { }

    private sealed class Logger(CapturingLoggerFactory owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            owner.Lines.Enqueue(new LogLine(category, logLevel, eventId, formatter(state, exception) + (exception is null ? "" : " " + exception), values));
        }
    }
}
