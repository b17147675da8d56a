using System.Diagnostics;
using System.Text.Json;

namespace PolicySpeech.Cli.Tests.Targets;

/// <summary>
/// The target tables open in DuckDB as the researcher guide shows: the CSV (with its byte order mark) and the Parquet
/// copy give the same rows, with typed columns. Needs node and @duckdb/node-api in POLICYSPEECH_DUCKDB_DIR (.ci/run
/// installs it); returns early where that is absent.
/// </summary>
public sealed class TargetsDuckDbTests : IDisposable
{
    private const string Script = """
        import { DuckDBInstance } from '@duckdb/node-api';
        const out = process.argv[2];
        const c = await (await DuckDBInstance.create(':memory:')).connect();
        const one = async q => (await c.runAndReadAll(q)).getRowObjects()[0];
        const result = {
          csvRows: Number((await one(`SELECT count(*) AS n FROM read_csv('${out}/targets.csv', header = true)`)).n),
          parquetRows: Number((await one(`SELECT count(*) AS n FROM '${out}/targets.parquet'`)).n),
          firstColumn: (await c.runAndReadAll(`DESCRIBE SELECT * FROM read_csv('${out}/targets.csv', header = true)`)).getRowObjects()[0].column_name,
          valueType: (await one(`SELECT typeof(value) AS t FROM '${out}/targets.parquet' LIMIT 1`)).t,
          yearType: (await one(`SELECT typeof(year) AS t FROM '${out}/targets.parquet' LIMIT 1`)).t,
          gdp: Number((await one(`SELECT value FROM '${out}/targets.parquet' WHERE indicatorId = 'gdp_growth' AND zone = 'plan' LIMIT 1`)).value),
          wideGdp: Number((await one(`SELECT gdp_growth FROM '${out}/targets-wide.parquet' LIMIT 1`)).gdp_growth),
        };
        console.log(JSON.stringify(result));
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("ps-targets-duckdb-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void TargetTablesOpenInDuckDb()
    {
        string? dir = Environment.GetEnvironmentVariable("POLICYSPEECH_DUCKDB_DIR");
        if (dir is null || !Directory.Exists(Path.Combine(dir, "node_modules", "@duckdb", "node-api")))
        {
            return;
        }

        string outDir = Path.Combine(_folder, "out");
        var run = CliRunner.Run("targets", Path.Combine(RepoPaths.Corpus, "team", "work-report-targets.txt"), "--out", outDir, "--format", "csv,parquet");
        Assert.True(run.ExitCode == 0, run.Error);
        string script = Path.Combine(dir, $"targets-{Guid.NewGuid():N}.mjs");
        File.WriteAllText(script, Script);
        try
        {
            var start = new ProcessStartInfo("node", [script, outDir]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir };
            using var process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd();
            string error = process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(120_000), "node timed out");
            Assert.True(process.ExitCode == 0, error);
            var result = JsonDocument.Parse(output).RootElement;
            int rows = File.ReadAllLines(Path.Combine(outDir, "targets.csv")).Length - 1;
            Assert.True(rows > 20);
            Assert.Equal(rows, result.GetProperty("csvRows").GetInt32());
            Assert.Equal(rows, result.GetProperty("parquetRows").GetInt32());
            Assert.Equal("document", result.GetProperty("firstColumn").GetString()); // the byte order mark is not part of the name
            Assert.Equal("DOUBLE", result.GetProperty("valueType").GetString());
            Assert.Equal("INTEGER", result.GetProperty("yearType").GetString());
            Assert.Equal(5.5, result.GetProperty("gdp").GetDouble());
            Assert.Equal(5.5, result.GetProperty("wideGdp").GetDouble());
        }
        finally
        {
            File.Delete(script);
        }
    }
}
