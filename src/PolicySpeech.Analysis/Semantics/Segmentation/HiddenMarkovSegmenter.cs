using System.Globalization;
using System.Runtime.CompilerServices;

namespace PolicySpeech.Semantics;

/// <summary>
/// jieba's HMM for runs of characters that the dictionary does not join into words (<c>finalseg</c>): a Viterbi search
/// over the states B(egin), M(iddle), E(nd), S(ingle) with the model of <c>segmenter-hmm.tsv.gz</c>. Read-only after
/// loading.
/// </summary>
internal sealed class HiddenMarkovSegmenter
{
    /// <summary>The log-probability jieba gives what its model does not list.</summary>
    private const double MinProbability = -3.14e100;

    private const int B = 0, M = 1, E = 2, S = 3;
    private static readonly int[][] Previous = [[E, S], [M, B], [B, M], [S, E]];

    private readonly double[] _start = [MinProbability, MinProbability, MinProbability, MinProbability];
    private readonly double[,] _transition = new double[4, 4];
    private readonly Dictionary<char, double>[] _emission = [new(), new(), new(), new()];

    private HiddenMarkovSegmenter()
    {
        for (int a = 0; a < 4; a++)
        {
            for (int b = 0; b < 4; b++)
            {
                _transition[a, b] = MinProbability;
            }
        }
    }

    /// <summary>Reads the model: a header line <c>table\tfrom\tto\tlogProbability</c>, then rows of <c>start</c>, <c>trans</c> and <c>emit</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once per process: optimise it at once
    internal static HiddenMarkovSegmenter Parse(TextReader reader)
    {
        var model = new HiddenMarkovSegmenter();
        bool header = false;
        while (reader.ReadLine() is { } line)
        {
            if (!header)
            {
                header = line == "table\tfrom\tto\tlogProbability";
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 4 || !double.TryParse(cells[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var p))
            {
                throw new InvalidDataException($"The segmenter's HMM has a malformed line: '{line}'.");
            }

            switch (cells[0])
            {
                case "start":
                    model._start[State(cells[2])] = p;
                    break;
                case "trans":
                    model._transition[State(cells[1]), State(cells[2])] = p;
                    break;
                case "emit" when cells[2].Length == 1:
                    model._emission[State(cells[1])][cells[2][0]] = p;
                    break;
                default:
                    throw new InvalidDataException($"The segmenter's HMM has a malformed line: '{line}'.");
            }
        }

        return header ? model : throw new InvalidDataException("The segmenter's HMM has no header line.");
    }

    /// <summary>Cuts a run of Han characters (at least one) into words by the most probable state sequence.</summary>
    internal void CutHan(string text, List<string> words)
    {
        int n = text.Length;
        var v = new double[n, 4];
        var from = new int[n, 4];
        for (int s = 0; s < 4; s++)
        {
            v[0, s] = _start[s] + Emission(s, text[0]);
        }

        for (int i = 1; i < n; i++)
        {
            for (int y = 0; y < 4; y++)
            {
                double emission = Emission(y, text[i]);
                double best = double.MinValue;
                int bestFrom = -1;
                foreach (var y0 in Previous[y])
                {
                    // jieba.NET keeps the later of equal candidates (<=).
                    double p = v[i - 1, y0] + _transition[y0, y] + emission;
                    if (best <= p)
                    {
                        best = p;
                        bestFrom = y0;
                    }
                }

                v[i, y] = best;
                from[i, y] = bestFrom;
            }
        }

        var states = new int[n];
        states[n - 1] = v[n - 1, E] < v[n - 1, S] ? S : E;
        for (int i = n - 1; i > 0; i--)
        {
            states[i - 1] = from[i, states[i]];
        }

        int begin = 0, next = 0;
        for (int i = 0; i < n; i++)
        {
            switch (states[i])
            {
                case B:
                    begin = i;
                    break;
                case E:
                    words.Add(text[begin..(i + 1)]);
                    next = i + 1;
                    break;
                case S:
                    words.Add(text[i..(i + 1)]);
                    next = i + 1;
                    break;
            }
        }

        if (next < n)
        {
            words.Add(text[next..]);
        }
    }

    private double Emission(int state, char c) => _emission[state].TryGetValue(c, out var p) ? p : MinProbability;

    private static int State(string name) => name switch
    {
        "B" => B,
        "M" => M,
        "E" => E,
        "S" => S,
        _ => throw new InvalidDataException($"Unknown HMM state '{name}'."),
    };
}
