using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Seedance.Conformance.Replay;

/// <summary>
/// Turns one WireMock (Java) JSON mapping into WireMock.Net's fluent API. WireMock.Net's own importer
/// cannot be used for these files: it reads a <c>{"mappings": [...]}</c> file as one empty catch-all
/// mapping and drops priority, scenarios, multipart patterns, <c>matchesJsonPath</c>,
/// <c>doesNotContain</c>, <c>absent</c>, every body pattern after the first, faults and delays
/// (research/lab-2026-12.md §1). Anything this translator does not model fails loudly at load time.
/// </summary>
internal static class MappingTranslator
{
    /// <summary>
    /// Internal request headers carrying the request target exactly as sent. WireMock.Net URL-decodes the
    /// path before matching (<c>a%2Fb</c> becomes <c>a/b</c>); WireMock (Java) matches the raw path, so URL
    /// patterns are matched against these (set by <see cref="ReplayMiddleware"/>, hidden from the journal).
    /// </summary>
    internal const string RawUrlHeader = "X-Replay-Raw-Url";

    /// <inheritdoc cref="RawUrlHeader"/>
    internal const string RawPathHeader = "X-Replay-Raw-Path";

    /// <summary>The scenario state WireMock (Java) starts in; WireMock.Net has no state then.</summary>
    internal const string Started = "Started";

    /// <summary>Registers <paramref name="mapping"/> on <paramref name="server"/>; <paramref name="extras"/> are the in-house response markers.</summary>
    /// <exception cref="ReplayMappingException">The mapping uses something not translated.</exception>
    public static void Register(WireMockServer server, Guid guid, StubMapping mapping, string? filesRoot, IReadOnlyDictionary<string, string> extras)
    {
        var request = Request(mapping.Request, mapping.Name);
        var provider = server.Given(request)
            .WithGuid(guid)
            .AtPriority(mapping.EffectivePriority);
        if (mapping.Name is { } name) provider = provider.WithTitle(name);

        // Scenario semantics differ in two ways (lab notes, check c): "Started" is WireMock.Net's "no state",
        // and a step without newScenarioState would reset the scenario there, while WireMock stays put.
        if (mapping.ScenarioName is { } scenario && (mapping.RequiredScenarioState is not null || mapping.NewScenarioState is not null))
        {
            provider = provider.InScenario(scenario);
            var required = mapping.RequiredScenarioState;
            if (required is not null && required != Started) provider = provider.WhenStateIs(required);
            var next = mapping.NewScenarioState ?? required;
            if (next is not null && next != Started) provider = provider.WillSetStateTo(next);
        }
        // A mapping with scenarioName but no state fields matches in every state in WireMock; in WireMock.Net
        // it would match only before the scenario starts. Leaving the scenario off gives WireMock's meaning.

        provider.RespondWith(Response(mapping, filesRoot, extras));
    }

    private static IRequestBuilder Request(RequestPattern pattern, string? source)
    {
        if (pattern.ExtensionData is { Count: > 0 } unknown) throw Unsupported(source, $"request field(s) {string.Join(", ", unknown.Keys)}");
        var builder = WireMock.RequestBuilders.Request.Create();
        builder = pattern.Method is null or "ANY" ? builder.UsingAnyMethod() : builder.UsingMethod(pattern.Method);

        if (pattern.Url is { } url) builder = builder.WithHeader(RawUrlHeader, false, MatchBehaviour.AcceptOnMatch, MatchOperator.Or, new ExactMatcher(url));
        if (pattern.UrlPattern is { } urlPattern) builder = builder.WithHeader(RawUrlHeader, false, MatchBehaviour.AcceptOnMatch, MatchOperator.Or, Whole(urlPattern));
        if (pattern.UrlPath is { } path) builder = builder.WithHeader(RawPathHeader, false, MatchBehaviour.AcceptOnMatch, MatchOperator.Or, new ExactMatcher(path));
        if (pattern.UrlPathPattern is { } pathPattern) builder = builder.WithHeader(RawPathHeader, false, MatchBehaviour.AcceptOnMatch, MatchOperator.Or, Whole(pathPattern));
        if (pattern.UrlPathTemplate is { } template)
        {
            if (pattern.PathParameters is { Count: > 0 }) throw Unsupported(source, "pathParameters");
            // Each {var} is one non-empty path segment.
            var regex = string.Concat(Regex.Split(template, @"(\{[^}]+\})").Select(p => p.StartsWith('{') ? "[^/]+" : Regex.Escape(p)));
            builder = builder.WithHeader(RawPathHeader, false, MatchBehaviour.AcceptOnMatch, MatchOperator.Or, Whole(regex));
        }

        foreach (var (name, value) in pattern.QueryParameters ?? [])
        {
            builder = value.Absent == true
                ? builder.WithParam(name, MatchBehaviour.RejectOnMatch)
                : builder.WithParam(name, MatchBehaviour.AcceptOnMatch, false, StringMatcher(value, source));
        }
        foreach (var (name, value) in pattern.Headers ?? [])
        {
            builder = value.Absent == true
                ? builder.WithHeader(name, "*", MatchBehaviour.RejectOnMatch)
                : builder.WithHeader(name, true, MatchBehaviour.AcceptOnMatch, MatchOperator.Or, StringMatcher(value, source));
        }
        if (pattern.BodyPatterns is { Count: > 0 } body)
        {
            builder = builder.WithBody(body.Select(p => BodyMatcher(p, source)).ToArray(), MatchOperator.And);
        }
        if (pattern.MultipartPatterns is { Count: > 0 } parts)
        {
            builder = builder.WithMultiPart(parts.Select(p => PartMatcher(p, source)).ToArray(), MatchBehaviour.AcceptOnMatch, MatchOperator.And);
        }
        return builder;
    }

    private static IMatcher PartMatcher(MultipartPattern part, string? source)
    {
        if (part.MatchingType is not (null or "ANY")) throw Unsupported(source, $"multipart matchingType {part.MatchingType}");
        if (part.ExtensionData is { Count: > 0 } unknown) throw Unsupported(source, $"multipart field(s) {string.Join(", ", unknown.Keys)}");
        IStringMatcher? disposition = null, contentType = null;
        foreach (var (name, value) in part.Headers ?? [])
        {
            if (name.Equals("Content-Disposition", StringComparison.OrdinalIgnoreCase)) disposition = StringMatcher(value, source);
            else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) contentType = StringMatcher(value, source);
            else throw Unsupported(source, $"multipart header pattern on {name}");
        }
        IMatcher? content = part.BodyPatterns switch
        {
            null or [] => null,
            [var one] => BodyMatcher(one, source),
            _ => throw Unsupported(source, "more than one body pattern on a multipart part"),
        };
        return new MimePartMatcher(MatchBehaviour.AcceptOnMatch, contentType, disposition, null, content);
    }

    private static IMatcher BodyMatcher(StringValuePattern p, string? source)
    {
        if (p.EqualToJson is { } json)
        {
            if (p.IgnoreArrayOrder == true || p.EnablePlaceholders == true) throw Unsupported(source, "equalToJson with ignoreArrayOrder or enablePlaceholders");
            var text = json is JsonValue v && v.TryGetValue<string>(out var s) ? s : json.ToJsonString();
            // JsonPartialMatcher: the request may carry more fields than the pattern (ignoreExtraElements).
            return p.IgnoreExtraElements == true ? new JsonPartialMatcher(text) : new JsonMatcher(text);
        }
        if (p.MatchesJsonPath is { } jsonPath)
        {
            if (jsonPath is JsonValue expression) return new JsonPathMatcher(expression.GetValue<string>());
            var obj = jsonPath.AsObject();
            var expr = obj["expression"]?.GetValue<string>() ?? throw Unsupported(source, "matchesJsonPath without expression");
            if (obj.Count != 2 || obj["equalTo"] is not JsonValue equal) throw Unsupported(source, "matchesJsonPath with a pattern other than equalTo");
            // JSONPath "$.a.b[0]" is JMESPath "a.b[0]"; to_string compares numbers and strings as WireMock does.
            // Only plain member/index paths translate one to one (a wildcard or filter yields a list in JMESPath).
            var jmes = Regex.IsMatch(expr, @"^\$(\.[A-Za-z_][A-Za-z0-9_]*|\[[0-9]+\])+$") ? expr[2..] : throw Unsupported(source, $"JSONPath {expr} with equalTo");
            var expected = equal.ToString().Replace("'", "\\'", StringComparison.Ordinal);
            return new JmesPathMatcher($"to_string({jmes}) == '{expected}'");
        }
        if (p.BinaryEqualTo is { } binary) return new ExactObjectMatcher(Convert.FromBase64String(binary));
        return StringMatcher(p, source);
    }

    private static IStringMatcher StringMatcher(StringValuePattern p, string? source)
    {
        if (p.ExtensionData is { Count: > 0 } unknown) throw Unsupported(source, $"pattern operator(s) {string.Join(", ", unknown.Keys)}");
        if (p.And is not null || p.Or is not null || p.Not is not null) throw Unsupported(source, "and/or/not patterns");
        if (p.EqualTo is { } equal) return new ExactMatcher(MatchBehaviour.AcceptOnMatch, p.CaseInsensitive == true, MatchOperator.Or, equal);
        if (p.Matches is { } regex) return Whole(regex);
        if (p.DoesNotMatch is { } notRegex) return Whole(notRegex, MatchBehaviour.RejectOnMatch);
        if (p.Contains is { } contains) return new RegexMatcher(MatchBehaviour.AcceptOnMatch, Regex.Escape(contains), false, false);
        if (p.DoesNotContain is { } notContains) return new RegexMatcher(MatchBehaviour.RejectOnMatch, Regex.Escape(notContains), false, false);
        throw Unsupported(source, "a pattern with no supported operator");
    }

    // WireMock's regexes match the whole value; WireMock.Net's are unanchored.
    private static RegexMatcher Whole(string regex, MatchBehaviour behaviour = MatchBehaviour.AcceptOnMatch) =>
        new(behaviour, $"^(?:{regex})$", false, false);

    private static IResponseBuilder Response(StubMapping mapping, string? filesRoot, IReadOnlyDictionary<string, string> extras)
    {
        var definition = mapping.Response ?? new ResponseDefinition();
        if (definition.ExtensionData is { Count: > 0 } unknown) throw Unsupported(mapping.Name, $"response field(s) {string.Join(", ", unknown.Keys)}");
        var response = WireMock.ResponseBuilders.Response.Create().WithStatusCode(definition.Status ?? 200);
        // Real WireMock names the stub that answered; tests and people debugging a run read these.
        if (mapping.Id is { } id) response = response.WithHeader("Matched-Stub-Id", id);
        if (mapping.Name is { } name) response = response.WithHeader("Matched-Stub-Name", name);
        var hasContentType = false;
        foreach (var (header, value) in definition.Headers ?? [])
        {
            if (header.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) || header.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)) continue;
            hasContentType |= header.Equals("Content-Type", StringComparison.OrdinalIgnoreCase);
            var values = value switch
            {
                JsonArray array => array.Select(Stringify).ToArray(),
                null => [""],
                _ => [Stringify(value)],
            };
            response = response.WithHeader(header, values);
        }
        foreach (var (header, value) in extras) response = response.WithHeader(header, value);

        if (definition.BodyFileName is { } file)
        {
            // Not cached: read when served, resolved by RecordingsFileSystem against the mapping's __files.
            response = response.WithBodyFromFile(filesRoot is null ? file : Path.GetFullPath(Path.Combine(filesRoot, file)), cache: false);
        }
        else if (definition.Body is { } text) response = response.WithBody(text);
        else if (definition.JsonBody is { } json)
        {
            // Written as the mapping spells it (WireMock.Net's own JSON writer would reformat numbers).
            response = response.WithBody(json.ToJsonString(ReplayJson.Options));
            if (!hasContentType) response = response.WithHeader("Content-Type", "application/json");
        }
        else if (definition.Base64Body is { } b64) response = response.WithBody(Convert.FromBase64String(b64));
        return response;
    }

    private static string Stringify(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };

    private static ReplayMappingException Unsupported(string? source, string what) =>
        new(source, $"{what} is not supported by the replay host (see docs/replay-host.md)");

    /// <summary>Milliseconds as a header value.</summary>
    internal static string Milliseconds(int value) => value.ToString(CultureInfo.InvariantCulture);
}
