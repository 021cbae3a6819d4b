using System.Reflection;

namespace Seedance.Packaging.Tests.PublicApi;

/// <summary>
/// The assemblies with a supported public API: each one's project sets <c>ApprovePublicApi</c>, so
/// PublicApiAnalyzers holds its surface to PublicAPI.*.txt at build time (docs/public-api.md).
/// Seedance.CodeGen ships only as a support library and is not one of them.
/// </summary>
public static class ShippedAssemblies
{
    public static readonly string[] Names = ["Seedance.Generated", "Seedance.Contracts", "Seedance.Contracts.AspNetCore", "Seedance.Emulator", "Seedance.Testing", "Seedance.Conformance"];

    public static TheoryData<string> All() => new(Names);

    /// <summary>Every member a type declares itself, of any access (visibility is filtered after).</summary>
    public const BindingFlags DeclaredMembers = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>True when code outside the assembly can see <paramref name="type"/> (public, or protected inside a visible type).</summary>
    public static bool IsVisible(Type type) =>
        type.IsPublic || (type.IsNested && (type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamORAssem) && IsVisible(type.DeclaringType!));

    /// <summary>True when code outside the assembly can call <paramref name="method"/> (public, protected or protected internal).</summary>
    public static bool IsVisible(MethodInfo method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;
}
