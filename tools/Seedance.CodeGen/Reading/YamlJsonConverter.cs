using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Seedance.CodeGen.Reading
{
    /// <summary>A line/column position in the spec text (1-based).</summary>
    public readonly struct TextPosition
    {
        /// <summary>Creates a position.</summary>
        public TextPosition(int line, int column)
        {
            Line = line;
            Column = column;
        }

        /// <summary>1-based line.</summary>
        public int Line { get; }

        /// <summary>1-based column.</summary>
        public int Column { get; }
    }

    /// <summary>Maps JSON pointers of the converted document to positions in the YAML text.</summary>
    public sealed class PointerMap
    {
        private readonly Dictionary<string, TextPosition> _positions = new Dictionary<string, TextPosition>(StringComparer.Ordinal);

        internal void Add(string pointer, TextPosition position)
        {
            if (!_positions.ContainsKey(pointer)) _positions[pointer] = position;
        }

        /// <summary>
        /// The position of <paramref name="pointer"/>, or of its nearest ancestor that has one.
        /// Accepts pointers with or without a leading <c>#</c>.
        /// </summary>
        public TextPosition? Find(string? pointer)
        {
            var p = pointer ?? "";
            if (p.StartsWith("#", StringComparison.Ordinal)) p = p.Substring(1);
            while (true)
            {
                if (_positions.TryGetValue(p, out var pos)) return pos;
                if (p.Length == 0) return null;
                var slash = p.LastIndexOf('/');
                p = slash <= 0 ? "" : p.Substring(0, slash);
            }
        }
    }

    /// <summary>Thrown for YAML that cannot become JSON; carries the position.</summary>
    public sealed class YamlConversionException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public YamlConversionException(string message, TextPosition position)
            : base(message) => Position = position;

        /// <summary>Where the problem is.</summary>
        public TextPosition Position { get; }
    }

    /// <summary>
    /// Converts a YAML document to a <see cref="JsonNode"/> with the YAML 1.2 core schema rules
    /// (plain <c>true/false/null</c>, integers and floats become JSON primitives; quoted scalars stay
    /// strings), recording where each JSON pointer came from.
    /// </summary>
    public static class YamlJsonConverter
    {
        private static readonly Regex IntPattern = new Regex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant);
        private static readonly Regex HexPattern = new Regex("^0x[0-9a-fA-F]+$", RegexOptions.CultureInvariant);
        private static readonly Regex OctPattern = new Regex("^0o[0-7]+$", RegexOptions.CultureInvariant);
        private static readonly Regex FloatPattern = new Regex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

        /// <summary>Converts <paramref name="yaml"/>; throws <see cref="YamlConversionException"/> on bad YAML.</summary>
        public static JsonNode? Convert(string yaml, out PointerMap map)
        {
            map = new PointerMap();
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(yaml));
            }
            catch (YamlException ex)
            {
                var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
                throw new YamlConversionException(message, new TextPosition((int)ex.Start.Line, (int)ex.Start.Column));
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException)
            {
                // YamlDotNet throws these for some malformed input (e.g. an unterminated flow sequence)
                throw new YamlConversionException("the YAML could not be parsed (" + ex.Message + "); the problem is at or after this point", LastGoodPosition(yaml));
            }
            if (stream.Documents.Count == 0) return null;
            if (stream.Documents.Count > 1)
            {
                var second = stream.Documents[1].RootNode.Start;
                throw new YamlConversionException("the file holds more than one YAML document", new TextPosition((int)second.Line, (int)second.Column));
            }
            return ToJson(stream.Documents[0].RootNode, "", map, 0);
        }

        private static TextPosition LastGoodPosition(string yaml)
        {
            var position = new TextPosition(1, 1);
            try
            {
                var parser = new Parser(new StringReader(yaml));
                while (parser.MoveNext())
                {
                    if (parser.Current is { } current) position = new TextPosition((int)current.End.Line, (int)current.End.Column);
                }
            }
            catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
            {
                // stop at the first event that cannot be read
            }
            return position;
        }

        private static TextPosition Pos(YamlNode node) => new TextPosition((int)node.Start.Line, (int)node.Start.Column);

        private static JsonNode? ToJson(YamlNode node, string pointer, PointerMap map, int depth)
        {
            if (depth > 200) throw new YamlConversionException("the YAML nests too deeply (aliases in a cycle?)", Pos(node));
            map.Add(pointer, Pos(node));
            switch (node)
            {
                case YamlMappingNode mapping:
                    var obj = new JsonObject();
                    foreach (var entry in mapping.Children)
                    {
                        if (entry.Key is not YamlScalarNode keyNode || keyNode.Value is null)
                            throw new YamlConversionException("only plain scalar mapping keys can become JSON", Pos(entry.Key));
                        var key = keyNode.Value;
                        if (obj.ContainsKey(key))
                            throw new YamlConversionException($"duplicate key '{key}'", Pos(entry.Key));
                        var childPointer = pointer + "/" + Escape(key);
                        map.Add(childPointer, Pos(entry.Key));
                        obj[key] = ToJson(entry.Value, childPointer, map, depth + 1);
                    }
                    return obj;
                case YamlSequenceNode sequence:
                    var array = new JsonArray();
                    var i = 0;
                    foreach (var item in sequence.Children)
                    {
                        array.Add(ToJson(item, pointer + "/" + i.ToString(CultureInfo.InvariantCulture), map, depth + 1));
                        i++;
                    }
                    return array;
                case YamlScalarNode scalar:
                    return Scalar(scalar);
                default:
                    throw new YamlConversionException("unsupported YAML node", Pos(node));
            }
        }

        private static JsonNode? Scalar(YamlScalarNode scalar)
        {
            var value = scalar.Value ?? "";
            if (scalar.Style != ScalarStyle.Plain) return JsonValue.Create(value);
            if (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific && scalar.Tag.Value == "tag:yaml.org,2002:str") return JsonValue.Create(value);
            switch (value)
            {
                case "":
                case "~":
                case "null":
                case "Null":
                case "NULL":
                    return null;
                case "true":
                case "True":
                case "TRUE":
                    return JsonValue.Create(true);
                case "false":
                case "False":
                case "FALSE":
                    return JsonValue.Create(false);
            }
            if (IntPattern.IsMatch(value))
            {
                if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return JsonValue.Create(l);
                if (decimal.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d)) return JsonValue.Create(d);
                return JsonValue.Create(value);
            }
            if (HexPattern.IsMatch(value) && long.TryParse(value.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
                return JsonValue.Create(hex);
            if (OctPattern.IsMatch(value))
            {
                try
                {
                    return JsonValue.Create(System.Convert.ToInt64(value.Substring(2), 8));
                }
                catch (OverflowException)
                {
                    return JsonValue.Create(value);
                }
            }
            if (FloatPattern.IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var dbl) && !double.IsInfinity(dbl))
                return JsonValue.Create(dbl);
            return JsonValue.Create(value);
        }

        /// <summary>Escapes one JSON pointer token (RFC 6901).</summary>
        public static string Escape(string token) => token.Replace("~", "~0").Replace("/", "~1");
    }
}
