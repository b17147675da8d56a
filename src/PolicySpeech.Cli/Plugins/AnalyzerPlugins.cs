using System.Collections.Immutable;
using System.Reflection;
using PolicySpeech.Output;

namespace PolicySpeech.Cli.Plugins;

/// <summary>
/// Third-party analyzers loaded from assemblies (<c>--analyzer FILE.dll</c>, <c>"analyzers"</c> in <c>policyspeech.json</c>):
/// every non-abstract <see cref="SpeechAnalyzer"/> subclass marked <see cref="SpeechAnalyzerAttribute"/>, created through its
/// public parameterless constructor, each assembly in its own <see cref="AnalyzerLoadContext"/>. An analyzer that throws
/// while it runs becomes PS9001 (the driver isolates it); an assembly that cannot be loaded is a usage error (exit 2).
/// </summary>
internal sealed class AnalyzerPlugins
{
    private AnalyzerPlugins(ImmutableArray<SpeechAnalyzer> analyzers, ImmutableArray<SarifToolExtension> extensions)
    {
        Analyzers = analyzers;
        Extensions = extensions;
    }

    /// <summary>No plugins.</summary>
    public static AnalyzerPlugins None { get; } = new([], []);

    /// <summary>The analyzers, assembly by assembly in the order given, by type name within one.</summary>
    public ImmutableArray<SpeechAnalyzer> Analyzers { get; }

    /// <summary>The assemblies, as SARIF's <c>tool.extensions</c> lists them.</summary>
    public ImmutableArray<SarifToolExtension> Extensions { get; }

    /// <summary>
    /// The plugins of a run: the <c>--analyzer</c> assemblies, then those the configuration names (<c>--config</c>'s, or
    /// without it those of every <c>policyspeech.json</c> found for the inputs; they run on every document of the run).
    /// </summary>
    /// <param name="analyzerOptions">The <c>--analyzer</c> values.</param>
    /// <param name="configuration">The configuration given with <c>--config</c>, or null.</param>
    /// <param name="inputs">The input paths as given (files, folders, patterns, <c>-</c>).</param>
    /// <returns>The plugins.</returns>
    /// <exception cref="CliUsageException">An assembly cannot be loaded.</exception>
    public static AnalyzerPlugins ForRun(IEnumerable<string>? analyzerOptions, SpeechConfiguration? configuration, IEnumerable<string> inputs)
    {
        var paths = new List<string>(analyzerOptions ?? []);
        if (configuration is not null)
        {
            paths.AddRange(configuration.AnalyzerPaths);
        }
        else
        {
            var files = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var input in inputs)
            {
                string probe = input == Commands.InputPaths.StandardInput ? Path.Combine(Environment.CurrentDirectory, "-") : input;
                if (SpeechConfiguration.FindFileFor(Directory.Exists(probe) ? Path.Combine(probe, "-") : probe) is { } file)
                {
                    files.Add(file);
                }
            }

            foreach (var file in files)
            {
                try
                {
                    paths.AddRange(SpeechConfiguration.Load(file).AnalyzerPaths);
                }
                catch (ConfigurationException)
                {
                    // Reported where the file is used: as the error of each document it applies to.
                }
            }
        }

        return paths.Count == 0 ? None : Load(paths);
    }

    /// <summary>Loads the analyzers of the given assemblies (each full path once, in order).</summary>
    /// <param name="paths">The assembly paths.</param>
    /// <returns>The analyzers.</returns>
    /// <exception cref="CliUsageException">An assembly cannot be loaded or holds no analyzer.</exception>
    public static AnalyzerPlugins Load(IEnumerable<string> paths)
    {
        var analyzers = ImmutableArray.CreateBuilder<SpeechAnalyzer>();
        var extensions = ImmutableArray.CreateBuilder<SarifToolExtension>();
        foreach (var path in paths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            var (assembly, found) = LoadAssembly(path);
            var name = assembly.GetName();
            var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? name.Version?.ToString();
            var rules = new List<DiagnosticDescriptor>();
            foreach (var analyzer in found)
            {
                analyzers.Add(analyzer);
                try
                {
                    rules.AddRange(analyzer.SupportedDiagnostics.Where(d => d is not null));
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // Listed without rules; the driver reports the failure as PS9001 on every document.
                }
            }

            extensions.Add(new SarifToolExtension(name.Name ?? Path.GetFileNameWithoutExtension(path), version, rules));
        }

        return new AnalyzerPlugins(analyzers.ToImmutable(), extensions.ToImmutable());
    }

    private static (Assembly Assembly, List<SpeechAnalyzer> Analyzers) LoadAssembly(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliUsageException($"cannot load the analyzer assembly '{path}': the file does not exist");
        }

        Assembly assembly;
        Type[] types;
        try
        {
            assembly = new AnalyzerLoadContext(path).LoadFromAssemblyPath(path);
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            var first = ex.LoaderExceptions.FirstOrDefault(e => e is not null);
            throw new CliUsageException($"cannot load the analyzer assembly '{path}': {first?.Message ?? ex.Message}");
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or FileNotFoundException or IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot load the analyzer assembly '{path}': {ex.Message}");
        }

        var analyzers = new List<SpeechAnalyzer>();
        foreach (var type in types
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
                && t.IsDefined(typeof(SpeechAnalyzerAttribute), inherit: false))
            .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (!type.IsSubclassOf(typeof(SpeechAnalyzer)))
            {
                throw new CliUsageException($"the analyzer assembly '{path}': {type.FullName} is marked [SpeechAnalyzer] but does not derive from PolicySpeech.Diagnostics.SpeechAnalyzer (built against another PolicySpeech.Analysis?)");
            }

            if (type.GetConstructor(Type.EmptyTypes) is null)
            {
                throw new CliUsageException($"the analyzer assembly '{path}': {type.FullName} has no public parameterless constructor");
            }

            try
            {
                analyzers.Add((SpeechAnalyzer)Activator.CreateInstance(type)!);
            }
            catch (TargetInvocationException ex)
            {
                var inner = ex.InnerException ?? ex;
                throw new CliUsageException($"the analyzer assembly '{path}': creating {type.FullName} failed: {inner.GetType().FullName}: {inner.Message}");
            }
        }

        if (analyzers.Count == 0)
        {
            throw new CliUsageException($"the analyzer assembly '{path}' holds no class marked [SpeechAnalyzer] deriving from PolicySpeech.Diagnostics.SpeechAnalyzer");
        }

        return (assembly, analyzers);
    }
}
