using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ThanUyen.Bot.Tests.Infra;

/// <summary>The real executable as an operator runs it, with stdin/stdout piped.</summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _err = new();

    public BotProcess(string databasePath, Dictionary<string, string>? environment = null)
    {
        // A process inherits ignored signals, and .NET leaves a signal ignored at start ignored: a test runner
        // started in the background (as CI may run it) ignores SIGINT, and so did the service it started, which
        // a Ctrl+C at a terminal would have stopped. env puts SIGINT back to its default, as a terminal has it.
        var info = new ProcessStartInfo(
            "env",
            ["--default-signal=INT", "dotnet", Path.Combine(AppContext.BaseDirectory, "ThanUyen.Bot.dll")]
        )
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
            WorkingDirectory = Path.GetTempPath(),
        };
        info.Environment["Storage__DatabasePath"] = databasePath;
        info.Environment["urls"] = "http://127.0.0.1:0";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (k, v) in environment ?? [])
            info.Environment[k] = v;
        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, e) =>
        {
            lock (_out)
                _out.AppendLine(e.Data);
            Changed.Pulse();
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_err)
                _err.AppendLine(e.Data);
            Changed.Pulse();
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Pulses after every line the process prints (stdout or stderr).</summary>
    public Signal Changed { get; } = new();

    /// <summary>Both streams, for failure messages.</summary>
    public string Transcript() => $"stdout:\n{Output}\nstderr:\n{Errors}";

    public string Output
    {
        get
        {
            lock (_out)
                return _out.ToString();
        }
    }
    public string Errors
    {
        get
        {
            lock (_err)
                return _err.ToString();
        }
    }
    public bool HasExited => _process.HasExited;

    /// <summary>Waits for the process to end and for its output to be fully read.</summary>
    public bool WaitForExit(int milliseconds)
    {
        if (!_process.WaitForExit(milliseconds))
            return false;
        _process.WaitForExit(); // drains the asynchronous stdout/stderr readers
        return true;
    }

    public int Id => _process.Id;
    public int ExitCode => _process.ExitCode;

    /// <summary>Sends a signal as systemd (TERM) or a terminal's Ctrl+C (INT) does.</summary>
    public void Signal(string name)
    {
        if (name == "INT" && IgnoresSigint())
            throw new InvalidOperationException("the service was started with SIGINT ignored: no Ctrl+C can stop it");
        using var kill = Process.Start("kill", ["-s", name, _process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>The service is up once it has written its "&lt;db&gt;.ops" file (after the web host started).</summary>
    public async Task WaitUntilReady(string databasePath, double seconds = 30)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!File.Exists(databasePath + ".ops"))
        {
            if (_process.HasExited || DateTime.UtcNow > until)
                throw new TimeoutException($"the service did not start. stdout:\n{Output}\nstderr:\n{Errors}");
            await Task.Delay(50);
        }
    }

    /// <summary>Whether the kernel drops SIGINT for the process (bit 2 of SigIgn in /proc/pid/status).</summary>
    private bool IgnoresSigint()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status")
            .First(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        var ignored = ulong.Parse(
            line["SigIgn:".Length..].Trim(),
            NumberStyles.HexNumber,
            CultureInfo.InvariantCulture
        );
        return (ignored & (1UL << (2 - 1))) != 0;
    }

    public void Type(string line)
    {
        _process.StandardInput.WriteLine(line);
        _process.StandardInput.Flush();
    }

    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>Waits until stdout shows <paramref name="text"/>; fails at once if the process ends first.</summary>
    public async Task<string> WaitForOutput(string text, double seconds = 20)
    {
        await WaitUntil(
            () =>
            {
                if (Output.Contains(text, StringComparison.Ordinal))
                    return true;
                if (!_process.HasExited)
                    return false;
                WaitForExit(0); // ended: read the rest of its output, then it is there or never will be
                if (Output.Contains(text, StringComparison.Ordinal))
                    return true;
                throw new InvalidOperationException($"exited before '{text}' appeared. {Transcript()}");
            },
            $"'{text}' on stdout",
            seconds
        );
        return Output;
    }

    /// <summary>Waits for a condition on the running process, failing with both streams.</summary>
    public Task WaitUntil(Func<bool> condition, string description, double seconds = 20) =>
        Eventually.True(condition, TimeSpan.FromSeconds(seconds), description, Transcript, Changed);

    public void Kill()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.WaitForExit(5000);
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
