using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Seedance.Packaging.Tests.PublicApi;

/// <summary>
/// The public surface of an assembly as sorted, C#-like text: one line per visible type and member
/// (public or protected), with modifiers, nullable annotations, parameter defaults and init-only or
/// required markers. The approved listing under <c>api/</c> is compared with it, so any change to what
/// consumers can see, including one a spec edit causes in the generated clients, shows as a diff to
/// review (docs/public-api.md). Reflection rather than PublicApiAnalyzers, which is not obtainable here.
/// </summary>
public static class PublicApiListing
{
    /// <summary>The listing of <paramref name="assembly"/>; <paramref name="include"/> narrows it (the formatter's own tests use it).</summary>
    public static string Write(Assembly assembly, Func<Type, bool>? include = null)
    {
        var nullability = new NullabilityInfoContext();
        var sb = new StringBuilder();
        foreach (var group in assembly.GetTypes().Where(t => IsVisible(t) && (include is null || include(t))).GroupBy(t => t.Namespace ?? "").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.Append("namespace ").Append(group.Key).Append('\n');
            foreach (var type in group.OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                sb.Append("  ").Append(TypeHeader(type)).Append('\n');
                foreach (var line in Members(type, nullability)) sb.Append("    ").Append(line).Append('\n');
            }
        }
        return sb.ToString();
    }

    /// <summary>Every member a type declares itself, of any access (visibility is filtered after).</summary>
    internal const BindingFlags DeclaredMembers = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>True when code outside the assembly can see <paramref name="type"/> (public, or protected inside a visible type).</summary>
    internal static bool IsVisible(Type type) =>
        type.IsPublic || (type.IsNested && (type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamORAssem) && IsVisible(type.DeclaringType!));

    private static string TypeHeader(Type type)
    {
        var name = string.Join(".", Chain(type).Select(CSharpTypeNames.Declared));
        var access = type.IsNestedFamily || type.IsNestedFamORAssem ? "protected" : "public";
        if (type.IsEnum)
        {
            var underlying = Enum.GetUnderlyingType(type);
            return $"{access} enum {name}" + (underlying == typeof(int) ? "" : " : " + CSharpTypeNames.Use(underlying));
        }
        if (type.IsSubclassOf(typeof(MulticastDelegate)))
        {
            var invoke = type.GetMethod("Invoke")!;
            var context = new NullabilityInfoContext();
            return $"{access} delegate {CSharpSyntax.Attributes(invoke.ReturnParameter, isReturn: true)}{CSharpTypeNames.Use(invoke.ReturnType, context.Create(invoke.ReturnParameter))} "
                + $"{name}({Parameters(invoke, context)}){CSharpSyntax.Constraints(type.GetGenericArguments())}";
        }

        string kind;
        if (type.IsInterface) kind = "interface";
        else if (type.IsValueType) kind = (type.IsDefined(typeof(IsReadOnlyAttribute), false) ? "readonly " : "") + (IsRecord(type) ? "record struct" : "struct");
        else
        {
            var modifiers = type.IsAbstract && type.IsSealed ? "static " : type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : "";
            kind = modifiers + (IsRecord(type) ? "record" : "class");
        }

        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType)) bases.Add(CSharpTypeNames.Use(baseType));
        var inherited = type.BaseType?.GetInterfaces() ?? Type.EmptyTypes;
        bases.AddRange(type.GetInterfaces().Except(inherited).Select(i => CSharpTypeNames.Use(i)).Order(StringComparer.Ordinal));
        return $"{access} {kind} {name}" + (bases.Count == 0 ? "" : " : " + string.Join(", ", bases)) + CSharpSyntax.Constraints(type.GetGenericArguments());
    }

    private static IEnumerable<string> Members(Type type, NullabilityInfoContext nullability)
    {
        const BindingFlags all = DeclaredMembers;
        var lines = new List<(int Rank, string Name, string Text)>();

        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
                lines.Add((0, field.Name, $"{field.Name} = {Convert.ToString(field.GetRawConstantValue(), CultureInfo.InvariantCulture)}"));
            return lines.OrderBy(l => l.Text, StringComparer.Ordinal).Select(l => l.Text);
        }
        if (type.IsSubclassOf(typeof(MulticastDelegate))) return [];

        foreach (var field in type.GetFields(all).Where(f => IsVisible(f.IsPublic, f.IsFamily, f.IsFamilyOrAssembly) && !f.Name.Contains('<', StringComparison.Ordinal)))
        {
            var text = field.IsLiteral
                ? $"{Access(field.IsPublic)} const {CSharpTypeNames.Use(field.FieldType)} {field.Name} = {CSharpSyntax.Literal(field.GetRawConstantValue())}"
                : $"{Access(field.IsPublic)} {(field.IsStatic ? "static " : "")}{(field.IsInitOnly ? "readonly " : "")}{CSharpTypeNames.Use(field.FieldType, nullability.Create(field))} {field.Name}";
            lines.Add((0, field.Name, text + ";"));
        }

        foreach (var ctor in type.GetConstructors(all).Where(c => IsVisible(c.IsPublic, c.IsFamily, c.IsFamilyOrAssembly)))
            lines.Add((1, "", $"{Access(ctor.IsPublic)} {(ctor.IsStatic ? "static " : "")}{CSharpTypeNames.Declared(type)}({Parameters(ctor, nullability)});"));

        foreach (var property in type.GetProperties(all))
        {
            var getter = Visible(property.GetMethod);
            var setter = Visible(property.SetMethod);
            if (getter is null && setter is null) continue;
            var widest = getter is { IsPublic: true } || setter is { IsPublic: true } ? "public" : "protected";
            var accessors = new List<string>();
            if (getter is not null) accessors.Add(Access(getter.IsPublic) == widest ? "get;" : "protected get;");
            if (setter is not null)
            {
                var init = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                accessors.Add((Access(setter.IsPublic) == widest ? "" : "protected ") + (init ? "init;" : "set;"));
            }
            var indexer = property.GetIndexParameters();
            var name = indexer.Length == 0 ? property.Name : $"this[{Parameters(property.GetMethod ?? property.SetMethod!, nullability, indexer.Length)}]";
            var required = property.IsDefined(typeof(RequiredMemberAttribute), false) ? "required " : "";
            lines.Add((2, property.Name, $"{widest} {required}{Modifiers((getter ?? setter)!)}{CSharpTypeNames.Use(property.PropertyType, nullability.Create(property))} {name} {{ {string.Join(" ", accessors)} }}"));
        }

        foreach (var evt in type.GetEvents(all))
        {
            var add = Visible(evt.AddMethod);
            if (add is null) continue;
            lines.Add((3, evt.Name, $"{Access(add.IsPublic)} {Modifiers(add)}event {CSharpTypeNames.Use(evt.EventHandlerType!, nullability.Create(evt))} {evt.Name};"));
        }

        foreach (var method in type.GetMethods(all).Where(m => !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal)))
        {
            if (!IsVisible(method.IsPublic, method.IsFamily, method.IsFamilyOrAssembly) || method.Name.Contains('<', StringComparison.Ordinal)) continue;
            var generic = method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : "";
            var returns = CSharpSyntax.Attributes(method.ReturnParameter, isReturn: true) + CSharpTypeNames.Use(method.ReturnType, nullability.Create(method.ReturnParameter));
            var constraints = method.IsGenericMethodDefinition ? CSharpSyntax.Constraints(method.GetGenericArguments()) : "";
            lines.Add((4, method.Name, $"{Access(method.IsPublic)} {Modifiers(method)}{returns} {method.Name}{generic}({Parameters(method, nullability)}){constraints};"));
        }

        // By kind, then name, then the whole line (overloads): a change shows up next to its neighbours.
        return lines.OrderBy(l => l.Rank).ThenBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.Text, StringComparer.Ordinal).Select(l => l.Text);
    }

    private static string Parameters(MethodBase method, NullabilityInfoContext nullability, int? count = null)
    {
        var extension = method.IsDefined(typeof(ExtensionAttribute), false);
        var parameters = method.GetParameters();
        return string.Join(", ", parameters.Take(count ?? parameters.Length).Select((p, i) =>
        {
            var prefix = CSharpSyntax.Attributes(p) + (i == 0 && extension ? "this " : "");
            if (p.ParameterType.IsByRef) prefix += p.IsOut ? "out " : p.IsIn ? "in " : "ref ";
            if (p.IsDefined(typeof(ParamArrayAttribute), false)) prefix += "params ";
            var text = $"{prefix}{CSharpTypeNames.Use(p.ParameterType, nullability.Create(p))} {p.Name}";
            return p.HasDefaultValue ? text + " = " + DefaultValue(p) : text;
        }));
    }

    private static string DefaultValue(ParameterInfo parameter)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        var value = parameter.RawDefaultValue;
        // `CancellationToken cancellationToken = default` is stored as a null default on a value type.
        if (value is null) return parameter.ParameterType.IsValueType && Nullable.GetUnderlyingType(parameter.ParameterType) is null ? "default" : "null";
        if (!type.IsEnum) return CSharpSyntax.Literal(value);
        return Enum.GetName(type, value) is { } name ? $"{CSharpTypeNames.Use(type)}.{name}" : $"({CSharpTypeNames.Use(type)}){CSharpSyntax.Literal(value)}";
    }

    private static string Modifiers(MethodInfo method)
    {
        if (method.DeclaringType!.IsInterface) return method.IsStatic ? "static " : "";
        if (method.IsStatic) return "static ";
        if (method.IsAbstract) return "abstract ";
        if (!method.IsVirtual) return "";
        var overrides = method.GetBaseDefinition().DeclaringType != method.DeclaringType;
        if (overrides) return method.IsFinal ? "sealed override " : "override ";
        return method.IsFinal ? "" : "virtual ";
    }

    private static MethodInfo? Visible(MethodInfo? accessor) =>
        accessor is not null && IsVisible(accessor.IsPublic, accessor.IsFamily, accessor.IsFamilyOrAssembly) ? accessor : null;

    internal static bool IsVisible(bool isPublic, bool isFamily, bool isFamilyOrAssembly) => isPublic || isFamily || isFamilyOrAssembly;

    private static string Access(bool isPublic) => isPublic ? "public" : "protected";

    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null
        || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);

    private static IEnumerable<Type> Chain(Type type)
    {
        var chain = new List<Type>();
        for (var t = type; t is not null; t = t.DeclaringType) chain.Insert(0, t);
        return chain;
    }
}
