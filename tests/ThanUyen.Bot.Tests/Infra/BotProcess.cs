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
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ThanUyen.Bot.dll")])
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
