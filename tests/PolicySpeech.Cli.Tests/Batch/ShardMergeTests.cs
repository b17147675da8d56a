namespace PolicySpeech.Cli.Tests.Batch;

public sealed class ShardMergeTests
{
    [Fact]
    public void ThreeShardsMergedEqualTheSingleRun()
    {
        using var folder = new BatchTestFolder(copies: 2);
        var single = BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("single"), "--jobs", "2", "--format", "csv,jsonl,parquet");
        Assert.True(single.Code is 0 or 1, single.Error);
        int total = 0;
        for (int k = 1; k <= 3; k++)
        {
            var shard = BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out($"shard{k}"), "--jobs", "2", "--format", "csv,jsonl,parquet", "--shard", $"{k}/3");
            Assert.True(shard.Code is 0 or 1, shard.Error);
            int rows = BatchTestFolder.ReadCsv(Path.Combine(folder.Out($"shard{k}"), "documents.csv")).Count - 1;
            Assert.True(rows > 0, $"shard {k}/3 is empty");
            total += rows;
        }

        Assert.Equal(BatchTestFolder.ReadCsv(Path.Combine(folder.Out("single"), "documents.csv")).Count - 1, total);

        // Merge in a scrambled order: the result must not depend on it.
        var merge = BatchTestFolder.Run("merge", folder.Out("shard2"), folder.Out("shard3"), folder.Out("shard1"), "--out", folder.Out("merged"));
        Assert.Equal(0, merge.Code);
        Assert.Contains($"merge: {total} documents", merge.Out, StringComparison.Ordinal);
        BatchTestFolder.AssertSameOutputs(folder.Out("single"), folder.Out("merged"));
    }

    [Fact]
    public void MergeRefusesMissingOrRepeatedShards()
    {
        using var folder = new BatchTestFolder(copies: 1, badFiles: false);
        for (int k = 1; k <= 2; k++)
        {
            Assert.True(BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out($"shard{k}"), "--jobs", "1", "--shard", $"{k}/3").Code is 0 or 1);
        }

        var missing = BatchTestFolder.Run("merge", folder.Out("shard1"), folder.Out("shard2"), "--out", folder.Out("merged"));
        Assert.Equal(2, missing.Code);
        Assert.Contains("3/3", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, BatchTestFolder.Run("merge", folder.Out("shard1"), folder.Out("shard1"), "--out", folder.Out("merged")).Code);
        Assert.Equal(2, BatchTestFolder.Run("merge", folder.Input, "--out", folder.Out("merged")).Code);
    }

    [Fact]
    public void ShardsPartitionThePaths()
    {
        var paths = Enumerable.Range(0, 3000).Select(i => $"archive/{i}.txt").ToList();
        var shards = Enumerable.Range(1, 3).Select(k => new PolicySpeech.Cli.Batch.ShardSpec(k, 3)).ToList();
        foreach (string path in paths)
        {
            Assert.Equal(1, shards.Count(s => s.Includes(path)));
        }

        // Roughly even: each shard gets between 25% and 42% of the paths.
        Assert.All(shards, s => Assert.InRange(paths.Count(s.Includes), 750, 1250));

        // Stable: the bucket is fixed by SHA-256 of the path, whatever process computes it.
        Assert.Equal(PolicySpeech.Cli.Batch.ShardSpec.Bucket("archive/0.txt", 1000), PolicySpeech.Cli.Batch.ShardSpec.Bucket("archive/0.txt", 1000));
        Assert.Equal(new PolicySpeech.Cli.Batch.ShardSpec(2, 8), PolicySpeech.Cli.Batch.ShardSpec.Parse("2/8"));
    }
}
