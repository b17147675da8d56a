using System.Reflection;
using System.Runtime.Loader;

namespace PolicySpeech.Cli.Plugins;

/// <summary>
/// The load context of one third-party analyzer assembly (as Roslyn loads analyzer packages): PolicySpeech.Analysis, and
/// anything else the tool itself already loaded or ships, resolves to the tool's copy, so that the plugin's
/// <see cref="Diagnostics.SpeechAnalyzer"/> subclasses are the tool's type; the plugin's other dependencies are found in its
/// folder through its <c>.deps.json</c> (<see cref="AssemblyDependencyResolver"/>).
/// </summary>
internal sealed class AnalyzerLoadContext : AssemblyLoadContext
{
    private static readonly string HostAssembly = typeof(Diagnostics.SpeechAnalyzer).Assembly.GetName().Name!;

    private readonly AssemblyDependencyResolver _resolver;

    public AnalyzerLoadContext(string assemblyPath)
        : base("policyspeech analyzer " + Path.GetFileName(assemblyPath), isCollectible: false)
    {
        _resolver = new AssemblyDependencyResolver(assemblyPath);
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        // The engine's own types must be shared: a plugin that ships its own PolicySpeech.Analysis.dll still gets the tool's.
        if (string.Equals(assemblyName.Name, HostAssembly, StringComparison.OrdinalIgnoreCase) || IsHostAssembly(assemblyName))
        {
            return null; // the default context: the tool's copy
        }

        return _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;

    /// <summary>An assembly the tool already has loaded (the framework, System.CommandLine, the library's dependencies).</summary>
    private static bool IsHostAssembly(AssemblyName name) =>
        Default.Assemblies.Any(a => string.Equals(a.GetName().Name, name.Name, StringComparison.OrdinalIgnoreCase));
}
