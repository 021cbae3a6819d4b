using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Seedance.CodeGen.Reading
{
    /// <summary>The naming rules that turn spec names into C# identifiers.</summary>
    public static class Naming
    {
        private static readonly HashSet<string> Keywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
            "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
            "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
            "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
            "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
            "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
            "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        };

        /// <summary>
        /// PascalCase: tokens capitalised and joined. <c>_</c> goes between two numeric tokens
        /// (<c>16:9</c> → <c>16_9</c>); a leading digit gets a <paramref name="digitPrefix"/>.
        /// </summary>
        public static string Pascal(string name, string digitPrefix = "V")
        {
            var tokens = SplitWords(name);
            var sb = new StringBuilder();
            string? previous = null;
            foreach (var token in tokens)
            {
                if (previous != null && char.IsDigit(previous[previous.Length - 1]) && char.IsDigit(token[0])) sb.Append('_');
                sb.Append(char.ToUpperInvariant(token[0]));
                // An all-caps word (IN_PROGRESS, SUCCESS) reads as a shout in C#: make it Title case.
                sb.Append(IsShouted(token) ? token.Substring(1).ToLowerInvariant() : token.Substring(1));
                previous = token;
            }
            var result = sb.ToString();
            if (result.Length == 0) return digitPrefix.Length > 0 ? digitPrefix + "Empty" : "Empty";
            if (char.IsDigit(result[0])) result = digitPrefix + result;
            return result;
        }

        private static bool IsShouted(string token) =>
            token.Count(char.IsLetter) > 1 && !token.Any(char.IsLower);

        // Words split on non-alphanumerics only (case changes kept inside a word, so "VideoTask" stays).
        private static List<string> SplitWords(string name)
        {
            var words = new List<string>();
            var current = new StringBuilder();
            foreach (var c in name)
            {
                if (c < 128 && char.IsLetterOrDigit(c))
                {
                    current.Append(c);
                }
                else if (current.Length > 0)
                {
                    words.Add(current.ToString());
                    current.Clear();
                }
            }
            if (current.Length > 0) words.Add(current.ToString());
            return words;
        }

        /// <summary>camelCase (for parameters).</summary>
        public static string Camel(string name)
        {
            var pascal = Pascal(name, "p");
            var camel = char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
            return Keywords.Contains(camel) ? "@" + camel : camel;
        }

        /// <summary>Makes <paramref name="name"/> unique within <paramref name="taken"/> by adding 2, 3, ...</summary>
        public static string Unique(string name, ISet<string> taken)
        {
            var candidate = name;
            for (var i = 2; taken.Contains(candidate); i++) candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            taken.Add(candidate);
            return candidate;
        }

        /// <summary>Members every generated model already has; a property with one of these names gets <c>Prop</c> appended.</summary>
        public static readonly IReadOnlyCollection<string> ModelMembers = new[]
        {
            "AdditionalData", "Serialize", "GetFieldDeserializers", "CollectViolations", "CreateFromDiscriminatorValue",
            "GetType", "ToString", "Equals", "GetHashCode", "ToMultipartBody",
        };

        /// <summary>Members of <c>ApiException</c>/<c>Exception</c> and <c>IProviderError</c> that error models already have.</summary>
        public static readonly IReadOnlyCollection<string> ErrorMembers = new[]
        {
            "Message", "Data", "Source", "StackTrace", "HResult", "InnerException", "HelpLink", "TargetSite",
            "ResponseStatusCode", "ResponseHeaders", "GetBaseException", "GetObjectData",
            "ProviderErrorCode", "ProviderErrorMessage", "ProviderRequestId",
        };

        /// <summary>Joins words into a type name (each already PascalCase).</summary>
        public static string Join(params string[] parts) => string.Concat(parts.Where(p => !string.IsNullOrEmpty(p)));
    }
}
