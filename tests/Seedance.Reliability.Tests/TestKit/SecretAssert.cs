using Microsoft.Extensions.Logging.Testing;
using Seedance.Contracts.Errors;

namespace Seedance.Reliability.Tests.TestKit;

/// <summary>Checks that the fake key (and its distinctive middle) appears nowhere.</summary>
internal static class SecretAssert
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
            // Inner exceptions are checked like the outer one: a generated error model that echoed the key
            // is replaced by a scrubbed stand-in (docs/errors.md, Redaction), so nothing in the chain holds it.
            if (e is Seedance.Generated.Runtime.IProviderError provider)
            {
                yield return ($"{e.GetType().Name}.ProviderErrorCode", provider.ProviderErrorCode ?? "");
                yield return ($"{e.GetType().Name}.ProviderErrorMessage", provider.ProviderErrorMessage ?? "");
                yield return ($"{e.GetType().Name}.ProviderRequestId", provider.ProviderRequestId ?? "");
            }
            if (e is Microsoft.Kiota.Abstractions.ApiException api)
            {
                foreach (var (name, values) in api.ResponseHeaders)
                    yield return ($"{e.GetType().Name} header {name}", string.Join(",", values));
            }
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
    public static void NotLeaked(Exception? exception, IEnumerable<FakeLogRecord> logs)
    {
        foreach (var (where, text) in Texts(exception)) NotIn(text, where);
        foreach (var line in logs) NotIn(line.AllText(), "log line " + line.Category);
    }
}
