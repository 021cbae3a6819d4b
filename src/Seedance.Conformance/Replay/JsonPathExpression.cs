using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Seedance.Conformance.Replay;

/// <summary>
/// A practical subset of Jayway JSONPath (what WireMock's <c>matchesJsonPath</c> uses):
/// <c>$.a.b</c>, <c>$['a']</c>, <c>$.a[0]</c>, <c>$.a[-1]</c>, <c>$.a[0:2]</c>, <c>$.a[*].b</c>, <c>$..b</c>,
/// <c>.length()</c>/<c>.size()</c>, and filters <c>[?(@.type == 'text')]</c>, <c>[?(@.x)]</c>, <c>[?(!@.x)]</c>
/// with <c>== != &lt; &lt;= &gt; &gt;= =~ /re/i in nin</c>, <c>&amp;&amp;</c>, <c>||</c> and parentheses.
/// </summary>
public sealed class JsonPathExpression
{
    private static readonly ConcurrentDictionary<string, JsonPathExpression> Cache = new(StringComparer.Ordinal);
    private readonly List<Segment> _segments;

    private JsonPathExpression(string text, List<Segment> segments)
    {
        Text = text;
        _segments = segments;
        IsDefinite = segments.All(s => s.IsDefinite);
    }

    /// <summary>The expression text.</summary>
    public string Text { get; }

    /// <summary>True when the path can select at most one value (no wildcard, deep scan, filter or slice).</summary>
    public bool IsDefinite { get; }

    /// <summary>Parses (and caches) an expression.</summary>
    /// <exception cref="FormatException">The expression is outside the supported subset or malformed.</exception>
    public static JsonPathExpression Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return Cache.GetOrAdd(expression, static e =>
        {
            var parser = new Parser(e);
            var segments = parser.ParsePath(requireRoot: true, out _);
            parser.ExpectEnd();
            return new JsonPathExpression(e, segments);
        });
    }

    /// <summary>Evaluates the expression; every selected value (JSON null included) is returned.</summary>
    public IReadOnlyList<JsonNode?> Evaluate(JsonNode? document) => Evaluate(_segments, document, document);

    private static List<JsonNode?> Evaluate(List<Segment> segments, JsonNode? start, JsonNode? root)
    {
        var current = new List<JsonNode?> { start };
        foreach (var segment in segments)
        {
            var next = new List<JsonNode?>();
            foreach (var node in current) segment.Apply(node, root, next);
            current = next;
        }
        return current;
    }

    private abstract class Segment
    {
        public virtual bool IsDefinite => true;

        public abstract void Apply(JsonNode? node, JsonNode? root, List<JsonNode?> output);
    }

    private sealed class NamesSegment(List<string> names) : Segment
    {
        public override bool IsDefinite => names.Count == 1;

        public override void Apply(JsonNode? node, JsonNode? root, List<JsonNode?> output)
        {
            if (node is not JsonObject obj) return;
            foreach (var name in names)
            {
                if (obj.TryGetPropertyValue(name, out var value)) output.Add(value);
            }
        }
    }

    private sealed class WildcardSegment : Segment
    {
        public override bool IsDefinite => false;

        public override void Apply(JsonNode? node, JsonNode? root, List<JsonNode?> output)
        {
            switch (node)
            {
                case JsonObject obj: output.AddRange(obj.Select(p => p.Value)); break;
                case JsonArray arr: output.AddRange(arr); break;
            }
        }
    }

    private sealed class IndexSegment(List<int> indexes) : Segment
    {
        public override bool IsDefinite => indexes.Count == 1;

        public override void Apply(JsonNode? node, JsonNode? root, List<JsonNode?> output)
        {
            if (node is not JsonArray arr) return;
            foreach (var i in indexes)
            {
                var index = i < 0 ? arr.Count + i : i;
                if (index >= 0 && index < arr.Count) output.Add(arr[index]);
            }
        }
    }

    private sealed class SliceSegment(int? start, int? end) : Segment
    {
        public override bool IsDefinite => false;

        public override void Apply(JsonNode? node, JsonNode? root, List<JsonNode?> output)
        {
            if (node is not JsonArray arr) return;
            var s = Normalize(start ?? 0, arr.Count);
            var e = Normalize(end ?? arr.Count, arr.Count);
            for (var i = s; i < e; i++) output.Add(arr[i]);
        }

        private static int Normalize(int i, int count) => Math.Clamp(i < 0 ? count + i : i, 0, count);
    }

    private sealed class DeepScanSegment(Segment inner) : Segment
    {
        public override bool IsDefinite => false;

        public override void Apply(JsonNode? node, JsonNode? root, List<JsonNode?> output)
        {
            inner.Apply(node, root, output);
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (_, child) in obj) Apply(child, root, output);
                    break;
                case JsonArray arr:
                    foreach (var child in arr) Apply(child, root, output);
                    break;
            }
        }
    }

    private sealed class FilterSegment(Filter filter) : Segment
    {
        public override bool IsDefinite => false;

        public override void Apply(JsonNode? node, JsonNode? root, List<JsonNode?> output)
        {
            switch (node)
            {
                case JsonArray arr:
                    foreach (var item in arr)
                    {
                        if (filter.Test(item, root)) output.Add(item);
                    }
                    break;
                case JsonObject obj:
                    if (filter.Test(obj, root)) output.Add(obj);
                    break;
            }
        }
    }

    private sealed class FunctionSegment(string name) : Segment
    {
        public override void Apply(JsonNode? node, JsonNode? root, List<JsonNode?> output)
        {
            switch (name)
            {
                case "length" or "size":
                    switch (node)
                    {
                        case JsonArray arr: output.Add(JsonValue.Create(arr.Count)); break;
                        case JsonObject obj: output.Add(JsonValue.Create(obj.Count)); break;
                        case JsonValue v when v.GetValueKind() == JsonValueKind.String: output.Add(JsonValue.Create(v.GetValue<string>().Length)); break;
                    }
                    break;
                default:
                    throw new FormatException($"JSONPath function '{name}()' is not supported.");
            }
        }
    }

    private abstract class Filter
    {
        public abstract bool Test(JsonNode? current, JsonNode? root);
    }

    private sealed class OrFilter(Filter left, Filter right) : Filter
    {
        public override bool Test(JsonNode? current, JsonNode? root) => left.Test(current, root) || right.Test(current, root);
    }

    private sealed class AndFilter(Filter left, Filter right) : Filter
    {
        public override bool Test(JsonNode? current, JsonNode? root) => left.Test(current, root) && right.Test(current, root);
    }

    private sealed class NotFilter(Filter inner) : Filter
    {
        public override bool Test(JsonNode? current, JsonNode? root) => !inner.Test(current, root);
    }

    private sealed class ExistsFilter(Operand operand) : Filter
    {
        public override bool Test(JsonNode? current, JsonNode? root)
        {
            return operand.Values(current, root).Count > 0;
        }
    }

    private sealed class CompareFilter(Operand left, string op, Operand right) : Filter
    {
        public override bool Test(JsonNode? current, JsonNode? root)
        {
            var l = left.Values(current, root);
            if (op is "=~")
            {
                return right is RegexOperand re && l.Count == 1 && l[0] is JsonValue sv &&
                       sv.GetValueKind() == JsonValueKind.String && re.Regex.IsMatch(sv.GetValue<string>());
            }
            var r = right.Values(current, root);
            if (op is "in" or "nin")
            {
                var set = r.Count == 1 && r[0] is JsonArray a ? a.ToList() : r;
                var found = l.Count == 1 && set.Any(x => JsonEquality.ScalarEquals(l[0], x));
                return op == "in" ? found : !found;
            }
            if (l.Count != 1 || r.Count != 1) return op == "!=";
            return op switch
            {
                "==" => JsonEquality.ScalarEquals(l[0], r[0]),
                "!=" => !JsonEquality.ScalarEquals(l[0], r[0]),
                _ => Order(l[0], r[0]) is { } c && op switch
                {
                    "<" => c < 0,
                    "<=" => c <= 0,
                    ">" => c > 0,
                    ">=" => c >= 0,
                    _ => false,
                },
            };
        }

        private static int? Order(JsonNode? a, JsonNode? b)
        {
            if (a is not JsonValue va || b is not JsonValue vb) return null;
            if (va.GetValueKind() == JsonValueKind.Number && vb.GetValueKind() == JsonValueKind.Number)
            {
                return JsonEquality.NumberValue(va).CompareTo(JsonEquality.NumberValue(vb));
            }
            if (va.GetValueKind() == JsonValueKind.String && vb.GetValueKind() == JsonValueKind.String)
            {
                return string.CompareOrdinal(va.GetValue<string>(), vb.GetValue<string>());
            }
            return null;
        }
    }

    private abstract class Operand
    {
        public abstract List<JsonNode?> Values(JsonNode? current, JsonNode? root);
    }

    private sealed class PathOperand(bool relative, List<Segment> segments) : Operand
    {
        public override List<JsonNode?> Values(JsonNode? current, JsonNode? root) =>
            Evaluate(segments, relative ? current : root, root);
    }

    private sealed class LiteralOperand(JsonNode? value) : Operand
    {
        public override List<JsonNode?> Values(JsonNode? current, JsonNode? root) => [value];
    }

    private sealed class RegexOperand(Regex regex) : Operand
    {
        public Regex Regex { get; } = regex;

        public override List<JsonNode?> Values(JsonNode? current, JsonNode? root) => [];
    }

    private sealed class Parser(string text)
    {
        private int _pos;

        public void ExpectEnd()
        {
            SkipWs();
            if (_pos < text.Length) throw Error("unexpected text");
        }

        public List<Segment> ParsePath(bool requireRoot, out bool relative)
        {
            SkipWs();
            relative = false;
            if (Peek() == '$') _pos++;
            else if (Peek() == '@' && !requireRoot) { _pos++; relative = true; }
            else if (requireRoot && _pos < text.Length && (char.IsLetter(text[_pos]) || text[_pos] == '_'))
            {
                // Jayway accepts a path without the leading "$." ("a.b" means "$.a.b").
                var segments0 = new List<Segment> { new NamesSegment([ReadName()]) };
                segments0.AddRange(ParseSegments());
                return segments0;
            }
            else throw Error("expected '$'");
            return ParseSegments();
        }

        private List<Segment> ParseSegments()
        {
            var segments = new List<Segment>();
            while (_pos < text.Length)
            {
                var c = text[_pos];
                if (c == '.')
                {
                    if (At("..")) { _pos += 2; segments.Add(new DeepScanSegment(ParseAfterDot(deep: true))); }
                    else { _pos++; segments.Add(ParseAfterDot(deep: false)); }
                }
                else if (c == '[') segments.Add(ParseBracket());
                else break;
            }
            return segments;
        }

        private Segment ParseAfterDot(bool deep)
        {
            if (Peek() == '*') { _pos++; return new WildcardSegment(); }
            if (Peek() == '[' && deep) return ParseBracket();
            var name = ReadName();
            if (At("()"))
            {
                _pos += 2;
                return name is "length" or "size" ? new FunctionSegment(name) : throw Error($"function '{name}()' is not supported");
            }
            return new NamesSegment([name]);
        }

        private string ReadName()
        {
            var start = _pos;
            while (_pos < text.Length && text[_pos] is not ('.' or '[' or ' ' or ')' or '(' or '=' or '!' or '<' or '>' or '&' or '|' or ']' or ','))
            {
                _pos++;
            }
            if (_pos == start) throw Error("expected a property name");
            return text[start.._pos];
        }

        private Segment ParseBracket()
        {
            Expect('[');
            SkipWs();
            Segment segment;
            if (Peek() == '?')
            {
                _pos++;
                SkipWs();
                Expect('(');
                var filter = ParseOr();
                SkipWs();
                Expect(')');
                segment = new FilterSegment(filter);
            }
            else if (Peek() == '*')
            {
                _pos++;
                segment = new WildcardSegment();
            }
            else if (Peek() is '\'' or '"')
            {
                var names = new List<string> { ReadQuoted() };
                SkipWs();
                while (Peek() == ',')
                {
                    _pos++;
                    SkipWs();
                    names.Add(ReadQuoted());
                    SkipWs();
                }
                segment = new NamesSegment(names);
            }
            else
            {
                int? first = TryReadInt();
                SkipWs();
                if (Peek() == ':')
                {
                    _pos++;
                    SkipWs();
                    var second = TryReadInt();
                    segment = new SliceSegment(first, second);
                }
                else
                {
                    if (first is null) throw Error("expected an index, a name, '*' or a filter");
                    var indexes = new List<int> { first.Value };
                    while (Peek() == ',')
                    {
                        _pos++;
                        SkipWs();
                        indexes.Add(TryReadInt() ?? throw Error("expected an index"));
                        SkipWs();
                    }
                    segment = new IndexSegment(indexes);
                }
            }
            SkipWs();
            Expect(']');
            return segment;
        }

        private Filter ParseOr()
        {
            var left = ParseAnd();
            while (true)
            {
                SkipWs();
                if (!At("||")) return left;
                _pos += 2;
                left = new OrFilter(left, ParseAnd());
            }
        }

        private Filter ParseAnd()
        {
            var left = ParseUnary();
            while (true)
            {
                SkipWs();
                if (!At("&&")) return left;
                _pos += 2;
                left = new AndFilter(left, ParseUnary());
            }
        }

        private Filter ParseUnary()
        {
            SkipWs();
            if (Peek() == '!' && !At("!="))
            {
                _pos++;
                return new NotFilter(ParseUnary());
            }
            if (Peek() == '(')
            {
                _pos++;
                var inner = ParseOr();
                SkipWs();
                Expect(')');
                return inner;
            }
            var left = ParseOperand();
            SkipWs();
            var op = ReadOperator();
            if (op is null)
            {
                return left is PathOperand ? new ExistsFilter(left) : throw Error("expected a comparison");
            }
            SkipWs();
            var right = op == "=~" ? ParseRegex() : ParseOperand();
            return new CompareFilter(left, op, right);
        }

        private string? ReadOperator()
        {
            foreach (var op in new[] { "==", "!=", "<=", ">=", "=~", "<", ">" })
            {
                if (At(op))
                {
                    _pos += op.Length;
                    return op;
                }
            }
            foreach (var op in new[] { "nin", "in" })
            {
                if (At(op) && _pos + op.Length < text.Length && text[_pos + op.Length] == ' ')
                {
                    _pos += op.Length;
                    return op;
                }
            }
            return null;
        }

        private Operand ParseOperand()
        {
            SkipWs();
            var c = Peek();
            if (c is '@' or '$') return new PathOperand(c == '@', ParsePath(requireRoot: false, out _) is var segs ? segs : []);
            if (c is '\'' or '"') return new LiteralOperand(JsonValue.Create(ReadQuoted()));
            if (c == '[')
            {
                _pos++;
                var items = new JsonArray();
                SkipWs();
                while (Peek() != ']')
                {
                    var item = ParseOperand() as LiteralOperand ?? throw Error("expected a literal in the list");
                    items.Add(item.Values(null, null)[0]?.DeepClone());
                    SkipWs();
                    if (Peek() == ',') { _pos++; SkipWs(); }
                }
                _pos++;
                return new LiteralOperand(items);
            }
            if (At("true")) { _pos += 4; return new LiteralOperand(JsonValue.Create(true)); }
            if (At("false")) { _pos += 5; return new LiteralOperand(JsonValue.Create(false)); }
            if (At("null")) { _pos += 4; return new LiteralOperand(null); }
            var start = _pos;
            while (_pos < text.Length && (char.IsDigit(text[_pos]) || text[_pos] is '-' or '+' or '.' or 'e' or 'E')) _pos++;
            if (_pos > start && decimal.TryParse(text[start.._pos], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                return new LiteralOperand(JsonNode.Parse(text[start.._pos]));
            }
            throw Error("expected an operand");
        }

        private RegexOperand ParseRegex()
        {
            Expect('/');
            var sb = new StringBuilder();
            while (_pos < text.Length && text[_pos] != '/')
            {
                if (text[_pos] == '\\' && _pos + 1 < text.Length && text[_pos + 1] == '/') { sb.Append('/'); _pos += 2; continue; }
                sb.Append(text[_pos++]);
            }
            Expect('/');
            var options = RegexOptions.CultureInvariant;
            while (_pos < text.Length && char.IsLetter(text[_pos]))
            {
                if (text[_pos] == 'i') options |= RegexOptions.IgnoreCase;
                _pos++;
            }
            return new RegexOperand(new Regex(sb.ToString(), options, TimeSpan.FromSeconds(1)));
        }

        private string ReadQuoted()
        {
            var quote = text[_pos++];
            var sb = new StringBuilder();
            while (_pos < text.Length && text[_pos] != quote)
            {
                if (text[_pos] == '\\' && _pos + 1 < text.Length) _pos++;
                sb.Append(text[_pos++]);
            }
            Expect(quote);
            return sb.ToString();
        }

        private int? TryReadInt()
        {
            var start = _pos;
            if (Peek() == '-') _pos++;
            while (_pos < text.Length && char.IsDigit(text[_pos])) _pos++;
            if (_pos == start || (_pos == start + 1 && text[start] == '-')) { _pos = start; return null; }
            return int.Parse(text.AsSpan(start, _pos - start), CultureInfo.InvariantCulture);
        }

        private char Peek() => _pos < text.Length ? text[_pos] : '\0';

        private bool At(string s) => string.CompareOrdinal(text, _pos, s, 0, s.Length) == 0;

        private void SkipWs()
        {
            while (_pos < text.Length && char.IsWhiteSpace(text[_pos])) _pos++;
        }

        private void Expect(char c)
        {
            if (Peek() != c) throw Error($"expected '{c}'");
            _pos++;
        }

        private FormatException Error(string message) =>
            new($"Unsupported or malformed JSONPath '{text}' at position {_pos}: {message}.");
    }
}
