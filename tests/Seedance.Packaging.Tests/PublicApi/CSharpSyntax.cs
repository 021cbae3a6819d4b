using System.Globalization;
using System.Reflection;
using System.Text;

namespace Seedance.Packaging.Tests.PublicApi;

/// <summary>The small pieces of C# the listing spells besides type names: literals, generic constraints, nullable-flow attributes.</summary>
internal static class CSharpSyntax
{
    // The attributes that change what a caller's compiler reports (TryGet's [NotNullWhen(true)] out
    // T? value): dropping one is a breaking change for callers with nullable warnings as errors.
    private static readonly HashSet<string> FlowAttributes = new(StringComparer.Ordinal)
    {
        "AllowNullAttribute", "DisallowNullAttribute", "MaybeNullAttribute", "NotNullAttribute", "MaybeNullWhenAttribute",
        "NotNullWhenAttribute", "NotNullIfNotNullAttribute", "DoesNotReturnIfAttribute", "MemberNotNullAttribute", "MemberNotNullWhenAttribute",
    };

    /// <summary>
    /// A C# literal on one line: control characters are escaped, so a multi-line const stays one line of the
    /// listing and does not depend on the line endings of the checkout it was compiled from.
    /// </summary>
    public static string Literal(object? value) => value switch
    {
        null => "null",
        string s => "\"" + Escape(s, '"') + "\"",
        bool b => b ? "true" : "false",
        char c => "'" + Escape(c.ToString(), '\'') + "'",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary><c>[NotNullWhen(true)] </c> and the like, for a parameter or (with <c>return: </c>) a return value.</summary>
    public static string Attributes(ParameterInfo parameter, bool isReturn = false)
    {
        var sb = new StringBuilder();
        foreach (var attribute in parameter.GetCustomAttributesData()
                     .Where(a => a.AttributeType.Namespace == "System.Diagnostics.CodeAnalysis" && FlowAttributes.Contains(a.AttributeType.Name))
                     .OrderBy(a => a.AttributeType.Name, StringComparer.Ordinal))
        {
            var name = attribute.AttributeType.Name[..^"Attribute".Length];
            var arguments = attribute.ConstructorArguments.Select(a => Literal(a.Value)).ToList();
            sb.Append('[').Append(isReturn ? "return: " : "").Append(name)
              .Append(arguments.Count == 0 ? "" : "(" + string.Join(", ", arguments) + ")").Append("] ");
        }
        return sb.ToString();
    }

    /// <summary><c> where T : class, IParsable</c> for each constrained parameter of <paramref name="parameters"/>.</summary>
    public static string Constraints(IEnumerable<Type> parameters)
    {
        var sb = new StringBuilder();
        foreach (var parameter in parameters.Where(p => p.IsGenericParameter))
        {
            var parts = new List<string>();
            var flags = parameter.GenericParameterAttributes;
            var isStruct = flags.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint);
            if (flags.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint)) parts.Add("class");
            if (isStruct) parts.Add("struct");
            parts.AddRange(parameter.GetGenericParameterConstraints()
                .Where(c => !(isStruct && c == typeof(ValueType)))
                .Select(c => CSharpTypeNames.Use(c))
                .Order(StringComparer.Ordinal));
            if (flags.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint) && !isStruct) parts.Add("new()");
            if (parts.Count > 0) sb.Append(" where ").Append(parameter.Name).Append(" : ").Append(string.Join(", ", parts));
        }
        return sb.ToString();
    }

    /// <summary>True when <paramref name="parameter"/> has no constraint at all (then reflection cannot tell <c>T</c> from <c>T?</c>).</summary>
    public static bool IsUnconstrained(Type parameter) =>
        (parameter.GenericParameterAttributes & GenericParameterAttributes.SpecialConstraintMask) == 0
        && parameter.GetGenericParameterConstraints().Length == 0;

    private static string Escape(string text, char quote)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                _ when c == quote => "\\" + c,
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}
