using System.Diagnostics;
using System.Text.Json;

namespace PolicySpeech.Cli.Tests.Batch;

/// <summary>
/// The batch tables open in DuckDB, as researchers will open them: CSV and Parquet give the same rows and typed columns.
/// Needs node and the npm package @duckdb/node-api installed in the folder named by POLICYSPEECH_DUCKDB_DIR
/// (.ci/run installs it); returns early where that is absent.
/// </summary>
public sealed class DuckDbInteropTests
{
    private const string Script = """
        import { DuckDBInstance } from '@duckdb/node-api';
        const out = process.argv[2];
        const c = await (await DuckDBInstance.create(':memory:')).connect();
        const one = async q => (await c.runAndReadAll(q)).getRowObjects()[0];
        const result = {
          csvCommitments: Number((await one(`SELECT count(*) AS n FROM read_csv('${out}/commitments.csv', header = true)`)).n),
          parquetCommitments: Number((await one(`SELECT count(*) AS n FROM '${out}/commitments.parquet'`)).n),
          parquetTargets: Number((await one(`SELECT count(*) AS n FROM '${out}/commitments.parquet' WHERE indicator IS NOT NULL AND unit IS NOT NULL`)).n),
          valueType: (await one(`SELECT typeof(value) AS t FROM '${out}/commitments.parquet' LIMIT 1`)).t,
          documents: Number((await one(`SELECT count(*) AS n FROM '${out}/documents.parquet'`)).n),
          errors: Number((await one(`SELECT count(*) AS n FROM read_csv('${out}/documents.csv', header = true) WHERE status = 'error'`)).n),
          csvFirstColumn: (await one(`SELECT column_name AS c FROM (DESCRIBE SELECT * FROM read_csv('${out}/commitments.csv', header = true)) LIMIT 1`)).c,
          documentsFirstColumn: (await one(`SELECT column_name AS c FROM (DESCRIBE SELECT * FROM read_csv('${out}/documents.csv', header = true)) LIMIT 1`)).c,
          redactedType: (await one(`SELECT typeof(redacted) AS t FROM read_csv('${out}/commitments.csv', header = true) LIMIT 1`)).t,
          redactedNulls: Number((await one(`SELECT count(*) AS n FROM read_csv('${out}/commitments.csv', header = true) WHERE redacted IS NULL`)).n),
        };
        console.log(JSON.stringify(result));
        """;

    [Fact]
    public void BatchTablesOpenInDuckDb()
    {
        string? dir = Environment.GetEnvironmentVariable("POLICYSPEECH_DUCKDB_DIR");
        if (dir is null || !Directory.Exists(Path.Combine(dir, "node_modules", "@duckdb", "node-api")))
        {
            return;
        }

        using var folder = new BatchTestFolder();
        var run = BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("o"), "--jobs", "2", "--format", "csv,parquet");
        Assert.True(run.Code is 0 or 1, run.Error);
        string script = Path.Combine(dir, $"interop-{Guid.NewGuid():N}.mjs");
        File.WriteAllText(script, Script);
        try
        {
            var start = new ProcessStartInfo("node", [script, folder.Out("o")]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir };
            using var process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd();
            string error = process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(120_000), "node timed out");
            Assert.True(process.ExitCode == 0, error);
            var result = JsonDocument.Parse(output).RootElement;
            int commitments = File.ReadAllLines(Path.Combine(folder.Out("o"), "commitments.jsonl")).Length;
            int documents = BatchTestFolder.ReadCsv(Path.Combine(folder.Out("o"), "documents.csv")).Count - 1;
            Assert.True(commitments > 100);
            Assert.Equal(commitments, result.GetProperty("csvCommitments").GetInt32());
            Assert.Equal(commitments, result.GetProperty("parquetCommitments").GetInt32());
            Assert.True(result.GetProperty("parquetTargets").GetInt32() > 20);
            Assert.Equal("DOUBLE", result.GetProperty("valueType").GetString());
            Assert.Equal(documents, result.GetProperty("documents").GetInt32());
            Assert.True(result.GetProperty("errors").GetInt32() >= 3);

            // Issue #13: the byte order mark is not part of the first column's name; redacted is a boolean, never null.
            Assert.Equal("path", result.GetProperty("csvFirstColumn").GetString());
            Assert.Equal("path", result.GetProperty("documentsFirstColumn").GetString());
            Assert.Equal("BOOLEAN", result.GetProperty("redactedType").GetString());
            Assert.Equal(0, result.GetProperty("redactedNulls").GetInt32());
        }
        finally
        {
            File.Delete(script);
        }
    }
}
