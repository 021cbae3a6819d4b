using System.Collections;
using System.Reflection;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Seedance.Conformance.Running;

/// <summary>
/// Whether every field the schema declares landed in its typed property. The generated models parse
/// leniently: a value of the wrong JSON type leaves the property null and is kept in
/// <c>AdditionalData</c> under its wire name. So a declared wire name found in <c>AdditionalData</c>
/// means the body and the spec disagree about that field's type.
/// </summary>
internal static class TypedModelCheck
{
    /// <summary>One line per declared field that did not fit its typed property (path and raw value).</summary>
    public static IReadOnlyList<string> Misfits(IParsable? model)
    {
        var problems = new List<string>();
        Walk(model, "$", problems, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return problems;
    }

    private static void Walk(object? value, string path, List<string> problems, HashSet<object> seen)
    {
        if (value is null || !seen.Add(value)) return;
        if (value is IParsable parsable)
        {
            if (parsable is IAdditionalDataHolder holder && holder.AdditionalData is { Count: > 0 } extra)
            {
                var declared = parsable.GetFieldDeserializers().Keys;
                foreach (var key in extra.Keys.Where(declared.Contains))
                {
                    problems.Add($"{path}.{key} is declared by the spec but its value did not fit the typed property ({Describe(extra[key])})");
                }
            }
            foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.DeclaringType == typeof(ApiException) || property.DeclaringType == typeof(Exception)) continue;
                if (!typeof(IParsable).IsAssignableFrom(property.PropertyType) && !IsParsableList(property.PropertyType)) continue;
                if (typeof(UntypedNode).IsAssignableFrom(property.PropertyType)) continue;
                var child = property.GetValue(value);
                if (child is IEnumerable list and not IParsable)
                {
                    var i = 0;
                    foreach (var item in list) Walk(item, $"{path}.{property.Name}[{i++}]", problems, seen);
                }
                else
                {
                    Walk(child, $"{path}.{property.Name}", problems, seen);
                }
            }
        }
    }

    private static bool IsParsableList(Type type) =>
        type.IsGenericType && type.GetGenericArguments() is [var item] && typeof(IParsable).IsAssignableFrom(item)
        && !typeof(UntypedNode).IsAssignableFrom(item) && typeof(IEnumerable).IsAssignableFrom(type);

    private static string Describe(object? raw) => raw switch
    {
        null => "null",
        UntypedNode node => KiotaUntyped(node),
        _ => raw.GetType().Name,
    };

    private static string KiotaUntyped(UntypedNode node) => node switch
    {
        UntypedString => "a string",
        UntypedInteger or UntypedLong => "an integer",
        UntypedDouble or UntypedFloat or UntypedDecimal => "a number",
        UntypedBoolean => "a boolean",
        UntypedObject => "an object",
        UntypedArray => "an array",
        UntypedNull => "null",
        _ => node.GetType().Name,
    };
}
