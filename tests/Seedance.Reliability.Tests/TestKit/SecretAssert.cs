using Seedance.Contracts.Errors;

namespace Seedance.Reliability.Tests.TestKit;

/// <summary>Checks that the fake key (and its distinctive middle) appears nowhere.</summary>
public static class SecretAssert
{
    /// <summary>Fragments of the key that must never appear: the key itself and its random part.</summary>
    public static readonly string[] Needles = [TestClients.FakeKey, "7f3a9c-DO-NOT-LEAK"];

    /// <summary>Fails when <paramref name="text"/> holds the key.</summary>
    public static void NotIn(string? text, string where)
    {
        if (text is null) return;
        foreach (var needle in Needles)
            Assert.False(text.Contains(needle, StringComparison.Ordinal), $"the API key leaked into {where}: {text}");
    }

    /// <summary>Every text an exception exposes: message and ToString of it and every inner exception, and its typed fields.</summary>
    public static IEnumerable<(string Where, string Text)> Texts(Exception? exception)
    {
        var depth = 0;
        for (var e = exception; e is not null && depth < 16; e = e.InnerException, depth++)
        {
            // A generated error model (the provider's own error object, kept as the inner exception) carries
            // the provider's text verbatim, as data: if the provider echoes the key, so does that object's
            // Message. The SDK's guarantee (docs/errors.md) is that every SeedanceException's Message,
            // ToString() (which includes the inner exception's text) and typed fields are scrubbed; that is
            // what is checked for it, through the outer exception.
            if (e is Seedance.Generated.Runtime.IProviderError && depth > 0) continue;
            yield return ($"{e.GetType().Name}.Message", e.Message);
            yield return ($"{e.GetType().Name}.ToString()", e.ToString());
            if (e is SeedanceException s)
            {
                yield return ("RawBody", s.RawBody ?? "");
                yield return ("ProviderMessage", s.ProviderMessage ?? "");
                yield return ("ProviderCode", s.ProviderCode ?? "");
                yield return ("RequestId", s.RequestId ?? "");
                foreach (var (name, values) in s.Context.Headers ?? new Dictionary<string, IReadOnlyList<string>>())
                    yield return ($"header {name}", string.Join(",", values));
            }
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.Skip(1))
                    foreach (var t in Texts(inner)) yield return t;
            }
        }
    }

    /// <summary>Fails when the exception or the log lines hold the key.</summary>
    public static void NotLeaked(Exception? exception, IEnumerable<LogLine> logs)
    {
        foreach (var (where, text) in Texts(exception)) NotIn(text, where);
        foreach (var line in logs) NotIn(line.AllText, "log line " + line.Category);
    }
}
