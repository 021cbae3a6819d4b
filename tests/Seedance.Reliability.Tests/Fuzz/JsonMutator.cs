using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Seedance.Reliability.Tests.Fuzz;

/// <summary>One fuzz input: the bytes and how they were made (printed when a case fails).</summary>
internal sealed record FuzzCase(int Index, byte[] Body, string Recipe);

/// <summary>
/// A seeded mutator of documented JSON bodies. Case <c>i</c> of seed <c>s</c> uses its own
/// <see cref="Random"/> seeded from (s, i), so any single case can be reproduced from the printed seed
/// and index. Mutations: drop, duplicate, rename and retype fields; huge and odd numbers; deep nesting
/// (up to 10,000 levels); long strings (up to 1 MB); invalid UTF-8; truncation; random bytes; a
/// different root kind. One to four mutations per case.
/// </summary>
internal sealed class JsonMutator(IReadOnlyList<JsonNode> examples, int seed)
{
    private static readonly string[] HugeNumbers =
    [
        "1e400", "-1e400", "1e-400", "-0", "-0.0", "18446744073709551616", "-9223372036854775809", "9223372036854775808",
        "2147483648", "-2147483649", "123456789012345678901234567890123456789", "0.1e999999999", "1E+2147483648",
        "4.9e-324", "1.7976931348623157e309", "0.000000000000000000000000000000000001", "1.5", "3.0", "-1",
        "79228162514264337593543950336", "7.9228162514264337593543950335E+28",
    ];

    private static readonly string[] OddStrings =
    [
        "", " ", "\u0000", "\uFEFF", "null", "true", "0", "-1", "SUCCESS", "succeeded", "\u202Eevil", "😀", "ü",
        "https://example.com/v.mp4?X-Tos-Signature=abc", "2026-13-45T99:99:99Z", "1970-01-01T00:00:00Z", "NaN", "Infinity",
    ];

    private static readonly string[] OddEscapes = ["\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"", "\"a\\\"b\"", "\"\\/\"", "\"\\uZZZZ\"", "\"\\x41\""];

    private int _placeholder;

    /// <summary>The seed.</summary>
    public int Seed { get; } = seed;

    /// <summary>Builds case <paramref name="index"/>.</summary>
    public FuzzCase Create(int index)
    {
        var random = new Random(HashCode.Combine(Seed, index) ^ (index * 7919));
        var exampleIndex = random.Next(examples.Count);
        var root = examples[exampleIndex].DeepClone();
        var recipe = new StringBuilder($"example {exampleIndex}");
        var raws = new Dictionary<string, string>(StringComparer.Ordinal);
        var steps = 1 + random.Next(4);
        var byteLevel = new List<Func<byte[], byte[]>>();
        for (var s = 0; s < steps; s++)
        {
            var kind = random.Next(100);
            switch (kind)
            {
                case < 14: root = Drop(root, random, recipe); break;
                case < 24: root = Duplicate(root, random, recipe, raws); break;
                case < 34: root = Rename(root, random, recipe); break;
                case < 52: root = Retype(root, random, recipe, raws); break;
                case < 62: root = Replace(root, random, recipe, "number", raws, HugeNumbers[random.Next(HugeNumbers.Length)]); break;
                case < 66: root = Replace(root, random, recipe, "nesting", raws, Nesting(random)); break;
                case < 68: root = Replace(root, random, recipe, "long string", raws, LongString(random)); break;
                case < 72: root = Replace(root, random, recipe, "escape", raws, OddEscapes[random.Next(OddEscapes.Length)]); break;
                case < 80:
                    var at = random.NextDouble();
                    recipe.Append($"; invalid UTF-8 at {at:0.###}");
                    byteLevel.Add(bytes => InsertInvalidUtf8(bytes, at, random));
                    break;
                case < 88:
                    var cut = random.NextDouble();
                    recipe.Append($"; truncate at {cut:0.###}");
                    byteLevel.Add(bytes => bytes[..(int)(bytes.Length * cut)]);
                    break;
                case < 93:
                    recipe.Append("; random bytes");
                    byteLevel.Add(bytes => RandomBytes(bytes, random));
                    break;
                case < 97:
                    root = RootKind(random, recipe);
                    break;
                default:
                    recipe.Append("; unchanged");
                    break;
            }
        }

        var text = root?.ToJsonString() ?? "null";
        foreach (var (placeholder, raw) in raws) text = text.Replace("\"" + placeholder + "\"", raw, StringComparison.Ordinal);
        var body = Encoding.UTF8.GetBytes(text);
        foreach (var mutate in byteLevel) body = mutate(body);
        return new FuzzCase(index, body, recipe.ToString());
    }

    private string Placeholder(Dictionary<string, string> raws, string raw)
    {
        var key = $"@@raw{Interlocked.Increment(ref _placeholder)}@@";
        raws[key] = raw;
        return key;
    }

    /// <summary>Every (container, key-or-index) slot in the tree, root excluded.</summary>
    private static List<(JsonNode Parent, string? Key, int Index)> Slots(JsonNode? root)
    {
        var slots = new List<(JsonNode, string?, int)>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (k, v) in o.ToList())
                    {
                        slots.Add((o, k, -1));
                        Walk(v);
                    }
                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        slots.Add((a, null, i));
                        Walk(a[i]);
                    }
                    break;
            }
        }
        Walk(root);
        return slots;
    }

    private static JsonNode? Drop(JsonNode? root, Random random, StringBuilder recipe)
    {
        var slots = Slots(root);
        if (slots.Count == 0) return root;
        var (parent, key, index) = slots[random.Next(slots.Count)];
        if (parent is JsonObject o) o.Remove(key!);
        else ((JsonArray)parent).RemoveAt(index);
        recipe.Append($"; drop {key ?? "[" + index + "]"}");
        return root;
    }

    private JsonNode? Duplicate(JsonNode? root, Random random, StringBuilder recipe, Dictionary<string, string> raws)
    {
        var objects = Slots(root).Where(s => s.Parent is JsonObject).ToList();
        if (objects.Count == 0) return root;
        var (parent, key, _) = objects[random.Next(objects.Count)];
        var o = (JsonObject)parent;
        // A JsonObject cannot hold a key twice: add a placeholder key and turn it into the same key in the text.
        var value = random.Next(2) == 0 ? o[key!]?.DeepClone() : RandomValue(random, 0);
        var marker = $"@@dup{Interlocked.Increment(ref _placeholder)}@@";
        o[marker] = value;
        raws[marker] = JsonValue.Create(key)!.ToJsonString();
        recipe.Append($"; duplicate {key}");
        return root;
    }

    private static JsonNode? Rename(JsonNode? root, Random random, StringBuilder recipe)
    {
        var objects = Slots(root).Where(s => s.Parent is JsonObject).ToList();
        if (objects.Count == 0) return root;
        var (parent, key, _) = objects[random.Next(objects.Count)];
        var o = (JsonObject)parent;
        var newKey = random.Next(6) switch
        {
            0 => key!.ToUpperInvariant(),
            1 => key + "_",
            2 => key!.Contains('_', StringComparison.Ordinal) ? key.Replace("_", "", StringComparison.Ordinal) : "x_" + key,
            3 => "",
            4 => key + "\u00e9",
            _ => " " + key,
        };
        if (o.ContainsKey(newKey)) return root;
        var value = o[key!];
        o.Remove(key!);
        o[newKey] = value;
        recipe.Append($"; rename {key} -> {newKey}");
        return root;
    }

    private static JsonNode? Retype(JsonNode? root, Random random, StringBuilder recipe, Dictionary<string, string> raws)
    {
        var slots = Slots(root);
        if (slots.Count == 0) return root;
        var (parent, key, index) = slots[random.Next(slots.Count)];
        var value = RandomValue(random, 0);
        Set(parent, key, index, value);
        recipe.Append($"; retype {key ?? "[" + index + "]"} -> {value?.ToJsonString() ?? "null"}");
        return root;
    }

    private JsonNode? Replace(JsonNode? root, Random random, StringBuilder recipe, string what, Dictionary<string, string> raws, string raw)
    {
        var slots = Slots(root);
        var placeholder = Placeholder(raws, raw);
        if (slots.Count == 0 || random.Next(10) == 0)
        {
            recipe.Append($"; root := {what} ({Describe(raw)})");
            return JsonValue.Create(placeholder);
        }
        var (parent, key, index) = slots[random.Next(slots.Count)];
        Set(parent, key, index, JsonValue.Create(placeholder));
        recipe.Append($"; {key ?? "[" + index + "]"} := {what} ({Describe(raw)})");
        return root;
    }

    private static string Describe(string raw) => raw.Length <= 40 ? raw : $"{raw[..20]}… {raw.Length} chars";

    private static void Set(JsonNode parent, string? key, int index, JsonNode? value)
    {
        if (parent is JsonObject o) o[key!] = value;
        else ((JsonArray)parent)[index] = value;
    }

    private static JsonNode? RandomValue(Random random, int depth) => random.Next(depth > 2 ? 5 : 7) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(random.Next(int.MinValue, int.MaxValue)),
        3 => JsonValue.Create(random.NextDouble() * Math.Pow(10, random.Next(-20, 20))),
        4 => JsonValue.Create(OddStrings[random.Next(OddStrings.Length)]),
        5 => new JsonArray(Enumerable.Range(0, random.Next(3)).Select(_ => RandomValue(random, depth + 1)).ToArray()),
        _ => new JsonObject(Enumerable.Range(0, random.Next(3)).Select(i => KeyValuePair.Create("k" + i, RandomValue(random, depth + 1)))),
    };

    private static string Nesting(Random random)
    {
        var depth = random.Next(4) switch { 0 => 10_000, 1 => random.Next(60, 70), 2 => random.Next(1, 200), _ => random.Next(200, 10_000) };
        var array = random.Next(2) == 0;
        var sb = new StringBuilder(depth * 6);
        for (var i = 0; i < depth; i++) sb.Append(array ? "[" : "{\"a\":");
        sb.Append('1');
        for (var i = 0; i < depth; i++) sb.Append(array ? ']' : '}');
        return sb.ToString();
    }

    private static string LongString(Random random)
    {
        var length = random.Next(3) == 0 ? 1024 * 1024 : random.Next(1, 70_000);
        var c = (char)random.Next('a', 'z' + 1);
        return "\"" + new string(c, length) + "\"";
    }

    private static JsonNode? RootKind(Random random, StringBuilder recipe)
    {
        JsonNode? root = random.Next(5) switch
        {
            0 => null,
            1 => JsonValue.Create("SUCCESS"),
            2 => JsonValue.Create(42),
            3 => new JsonArray(),
            _ => new JsonObject(),
        };
        recipe.Append($"; root := {root?.ToJsonString() ?? "null"}");
        return root;
    }

    private static byte[] InsertInvalidUtf8(byte[] bytes, double at, Random random)
    {
        byte[][] bad = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xF4, 0x90, 0x80, 0x80]];
        var insert = bad[random.Next(bad.Length)];
        // Prefer a position inside a string literal: just after a quote.
        var position = (int)(bytes.Length * at);
        var quote = Array.IndexOf(bytes, (byte)'"', position);
        if (quote >= 0) position = quote + 1;
        return [.. bytes.AsSpan(0, position), .. insert, .. bytes.AsSpan(position)];
    }

    private static byte[] RandomBytes(byte[] bytes, Random random)
    {
        if (random.Next(4) == 0)
        {
            var whole = new byte[random.Next(0, 512)];
            random.NextBytes(whole);
            return whole;
        }
        var copy = (byte[])bytes.Clone();
        if (copy.Length == 0) return copy;
        var start = random.Next(copy.Length);
        var length = Math.Min(copy.Length - start, 1 + random.Next(16));
        random.NextBytes(copy.AsSpan(start, length));
        return copy;
    }

    /// <summary>The seed for a parser: <c>SEEDANCE_FUZZ_SEED</c> (a number, or <c>random</c>), else a fixed value derived from the parser name.</summary>
    public static int SeedFor(string parser)
    {
        var configured = Environment.GetEnvironmentVariable("SEEDANCE_FUZZ_SEED");
        if (string.Equals(configured, "random", StringComparison.OrdinalIgnoreCase)) return Random.Shared.Next();
        if (int.TryParse(configured, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)) return seed;
        // FNV-1a of the parser name: stable across runs and machines (string.GetHashCode is not).
        var hash = 2166136261u;
        foreach (var c in parser) hash = (hash ^ c) * 16777619u;
        return (int)(hash & 0x7FFFFFFF);
    }

    /// <summary>Cases per parser: <c>SEEDANCE_FUZZ_CASES</c>, default 10,000.</summary>
    public static int CaseCount() =>
        int.TryParse(Environment.GetEnvironmentVariable("SEEDANCE_FUZZ_CASES"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 10_000;
}
