namespace PolicySpeech.Fuzz;

/// <summary>An input that crashed loading or analysis.</summary>
/// <param name="Extension">The extension it was loaded with.</param>
/// <param name="Input">Its bytes.</param>
/// <param name="Failure">The exception or the broken invariant.</param>
public sealed record FuzzCrash(string Extension, byte[] Input, string Failure);
