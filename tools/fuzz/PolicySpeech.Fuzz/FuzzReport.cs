namespace PolicySpeech.Fuzz;

/// <summary>What a fuzzing run did.</summary>
/// <param name="Inputs">How many inputs ran.</param>
/// <param name="LoadErrors">How many were refused with a load error (an expected outcome).</param>
/// <param name="Crashes">The inputs that crashed.</param>
/// <param name="Elapsed">How long the run took.</param>
public sealed record FuzzReport(long Inputs, long LoadErrors, IReadOnlyList<FuzzCrash> Crashes, TimeSpan Elapsed);
