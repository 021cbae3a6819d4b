using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Seedance.CodeGen.Emitting
{
    /// <summary>A small indented text writer for C#.</summary>
    internal sealed class CodeWriter
    {
        private readonly StringBuilder _sb = new StringBuilder();
        private int _indent;

        public CodeWriter Line(string text = "")
        {
            if (text.Length == 0)
            {
                _sb.Append('\n');
                return this;
            }
            _sb.Append(' ', _indent * 4).Append(text).Append('\n');
            return this;
        }

        public CodeWriter Open(string text)
        {
            Line(text);
            Line("{");
            _indent++;
            return this;
        }

        public CodeWriter Close(string suffix = "")
        {
            _indent--;
            Line("}" + suffix);
            return this;
        }

        /// <summary>Writes an XML doc element, one <c>///</c> line per text line.</summary>
        public CodeWriter Doc(string element, string? text, string? attributes = null)
        {
            if (string.IsNullOrWhiteSpace(text)) return this;
            var open = attributes == null ? $"<{element}>" : $"<{element} {attributes}>";
            var lines = Escape(text!.Trim()).Replace("\r\n", "\n").Split('\n');
            if (lines.Length == 1)
            {
                Line($"/// {open}{lines[0]}</{element}>");
                return this;
            }
            Line($"/// {open}");
            foreach (var l in lines) Line("/// " + (l.Length == 0 ? "<para/>" : l.TrimEnd()));
            Line($"/// </{element}>");
            return this;
        }

        /// <summary>Writes an already escaped XML doc line.</summary>
        public CodeWriter RawDoc(string xml) => Line("/// " + xml);

        public static string Escape(string text) =>
            text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

        public static string Literal(string value)
        {
            var sb = new StringBuilder("\"");
            foreach (var c in value)
            {
                switch (c)
                {
                    case '\\': sb.Append("\\\\"); break;
                    case '"': sb.Append("\\\""); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\0': sb.Append("\\0"); break;
                    default:
                        if (c < 32 || c == '\u2028' || c == '\u2029') sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else sb.Append(c);
                        break;
                }
            }
            return sb.Append('"').ToString();
        }

        public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

        public override string ToString() => _sb.ToString();
    }
}
