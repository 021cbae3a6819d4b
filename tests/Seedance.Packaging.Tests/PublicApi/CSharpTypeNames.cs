using System.Reflection;

namespace Seedance.Packaging.Tests.PublicApi;

/// <summary>C# spellings of reflected types, with nullable reference annotations where the compiler recorded them.</summary>
internal static class CSharpTypeNames
{
    private static readonly Dictionary<Type, string> Aliases = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
        [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(char)] = "char", [typeof(short)] = "short",
        [typeof(ushort)] = "ushort", [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long",
        [typeof(ulong)] = "ulong", [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal",
        [typeof(nint)] = "nint", [typeof(nuint)] = "nuint",
    };

    /// <summary>The name of <paramref name="type"/> as a declaration header spells it (no namespace, own generic parameters).</summary>
    public static string Declared(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0) name = name[..tick];
        var own = OwnGenericArguments(type);
        return own.Length == 0 ? name : $"{name}<{string.Join(", ", own.Select(Variance))}>";
    }

    /// <summary>A use of <paramref name="type"/>; <paramref name="nullability"/> adds <c>?</c> on nullable reference types.</summary>
    public static string Use(Type type, NullabilityInfo? nullability = null)
    {
        if (type.IsByRef) return Use(type.GetElementType()!, nullability);
        if (Nullable.GetUnderlyingType(type) is { } underlying)
            return Use(underlying, nullability?.GenericTypeArguments.FirstOrDefault()) + "?";

        string text;
        if (type.IsArray)
        {
            var rank = type.GetArrayRank();
            text = Use(type.GetElementType()!, nullability?.ElementType) + "[" + new string(',', rank - 1) + "]";
        }
        else if (type.IsGenericParameter)
        {
            text = type.Name;
        }
        else if (Aliases.TryGetValue(type, out var alias))
        {
            text = alias;
        }
        else
        {
            text = Qualified(type, nullability);
        }

        // An unconstrained type parameter stays bare: NullabilityInfoContext reports it as nullable whether
        // it was declared T or T?, so a `?` there would be noise. A constrained one (T : class) is exact.
        var nullable = nullability is { ReadState: NullabilityState.Nullable } && !type.IsValueType
            && !(type.IsGenericParameter && CSharpSyntax.IsUnconstrained(type));
        return nullable ? text + "?" : text;
    }

    private static string Qualified(Type type, NullabilityInfo? nullability)
    {
        var arguments = type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes;
        var argumentInfos = nullability?.GenericTypeArguments ?? [];
        var names = arguments.Select((a, i) => Use(a, i < argumentInfos.Length ? argumentInfos[i] : null)).ToList();

        if (type.FullName?.StartsWith("System.ValueTuple`", StringComparison.Ordinal) == true)
            return "(" + string.Join(", ", names) + ")";

        // Nested types: Outer<A>.Inner<B>, each level taking its own share of the arguments.
        var chain = new List<Type>();
        for (var t = type.IsGenericType ? type.GetGenericTypeDefinition() : type; t is not null; t = t.DeclaringType) chain.Insert(0, t);
        var parts = new List<string>();
        var used = 0;
        foreach (var level in chain)
        {
            var name = level.Name;
            var tick = name.IndexOf('`', StringComparison.Ordinal);
            var count = 0;
            if (tick >= 0)
            {
                count = int.Parse(name[(tick + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                name = name[..tick];
            }
            parts.Add(count == 0 ? name : $"{name}<{string.Join(", ", names.Skip(used).Take(count))}>");
            used += count;
        }
        var ns = chain[0].Namespace;
        return (string.IsNullOrEmpty(ns) ? "" : ns + ".") + string.Join(".", parts);
    }

    private static string Variance(Type parameter)
    {
        var variance = parameter.GenericParameterAttributes & GenericParameterAttributes.VarianceMask;
        return (variance == GenericParameterAttributes.Covariant ? "out " : variance == GenericParameterAttributes.Contravariant ? "in " : "") + parameter.Name;
    }

    private static Type[] OwnGenericArguments(Type type)
    {
        if (!type.IsGenericType) return Type.EmptyTypes;
        var all = type.GetGenericArguments();
        var inherited = type.DeclaringType is { IsGenericType: true } outer ? outer.GetGenericArguments().Length : 0;
        return all[inherited..];
    }
}
