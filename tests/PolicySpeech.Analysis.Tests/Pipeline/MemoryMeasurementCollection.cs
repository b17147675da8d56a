namespace PolicySpeech.Tests.Pipeline;

/// <summary>
/// Tests that measure the process's managed heap (<see cref="GC.GetTotalMemory(bool)"/>): xUnit runs this collection
/// alone, after the parallel ones, so no other test allocates or frees while they measure.
/// </summary>
[CollectionDefinition(nameof(MemoryMeasurementCollection), DisableParallelization = true)]
public sealed class MemoryMeasurementCollection;
