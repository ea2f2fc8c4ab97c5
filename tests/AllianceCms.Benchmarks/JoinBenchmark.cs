using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using AllianceCms.Data;
using AllianceCms.Data.Entities;
using AllianceCms.Data.Mail;
using AllianceCms.Data.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Benchmarks;

/// <summary>
/// "--join": join form submissions against the built site, as applicants' browsers send them: each of
/// the concurrent clients keeps its cookies, gets its forms first (antiforgery token and signed
/// timestamp), waits the minimum fill time, then posts them. The per-address rate limit is raised
/// for the loopback benchmark by setting. With --kill, the site is killed (SIGKILL) when half the
/// posts are answered and started again on the same data; clients post again what got no answer.
/// Afterwards the database is checked: one application per submission, each with its task and its
/// confirmation e-mail in the outbox, none lost, none twice.
/// </summary>
public static partial class JoinBenchmark
{
    [GeneratedRegex(@"ACR-\d{4}-\d{6}")]
    private static partial Regex Reference();

    [GeneratedRegex(@"<input[^>]*type=""hidden""[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenInput();

    [GeneratedRegex(@"\b(name|value)=""([^""]*)""")]
    private static partial Regex Attribute();

    private sealed record Form(int Client, string Url, List<KeyValuePair<string, string>> Fields);

    public static async Task<int> RunAsync(string webDll, int submissions, int clients, bool kill, CancellationToken ct)
    {
        await using var site = await BenchmarkSite.CreateAsync("sqlite", kill ? "join-kill" : "join", Path.GetDirectoryName(webDll)!);
        await site.SetUpAsync(ct);
        var environment = new Dictionary<string, string>
        {
            ["JoinForm__RateLimitPermits"] = "100000",
            ["JoinForm__MinFillSeconds"] = "1",
            ["Display__PublicOrigin"] = "https://alliance.example.org",
        };
        var (web, _) = await WebProcess.StartAsync(webDll, site, ct, environment);
        var origin = web.Origin;
        try
        {
            var handlers = Enumerable.Range(0, clients).Select(_ => new HttpClient(new SocketsHttpHandler
            {
                CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false,
            }) { Timeout = TimeSpan.FromSeconds(30) }).ToArray();

            // Phase 1: every client gets its forms, as a person opens the page before filling it in.
            var forms = new ConcurrentBag<Form>();
            // One client's pages one after the other, as one browser: its first answer sets the antiforgery cookie the others use.
            await Parallel.ForEachAsync(Enumerable.Range(0, clients), new ParallelOptions { MaxDegreeOfParallelism = clients, CancellationToken = ct }, async (client, token) =>
            {
                for (var n = client; n < submissions; n += clients)
                {
                    var html = await handlers[client].GetStringAsync(origin + "/join", token);
                    var fields = HiddenInput().Matches(html).Select(m => Attribute().Matches(m.Value).ToDictionary(a => a.Groups[1].Value, a => WebUtility.HtmlDecode(a.Groups[2].Value)))
                        .Where(a => a.ContainsKey("name")).Select(a => new KeyValuePair<string, string>(a["name"], a.GetValueOrDefault("value") ?? "")).ToList();
                    fields.RemoveAll(f => f.Key == "contact_fax"); // the honeypot stays empty, as a person leaves it
                    fields.AddRange(Application(n));
                    forms.Add(new Form(client, "/join", fields));
                }
            });
            await Task.Delay(TimeSpan.FromSeconds(1.2), ct); // the minimum fill time

            // Phase 2: the posts, timed; a post that gets no answer (the site was killed) is sent again.
            var latencies = new ConcurrentBag<double>();
            var references = new ConcurrentDictionary<int, string>();
            var retries = 0;
            var answered = 0;
            var restartAfter = kill ? submissions / 2 : int.MaxValue;
            var restarting = 0;
            var queue = new ConcurrentQueue<(Form Form, int Number)>(forms.Select((f, i) => (f, i)));
            var watch = Stopwatch.StartNew();
            var workers = Enumerable.Range(0, clients).Select(worker => Task.Run(async () =>
            {
                while (queue.TryDequeue(out var item))
                {
                    while (true)
                    {
                        var started = Stopwatch.GetTimestamp();
                        try
                        {
                            using var content = new FormUrlEncodedContent(item.Form.Fields);
                            using var response = await handlers[item.Form.Client].PostAsync(Volatile.Read(ref origin) + item.Form.Url, content, ct);
                            var body = await response.Content.ReadAsStringAsync(ct);
                            if (response.StatusCode != HttpStatusCode.OK)
                                throw new HttpRequestException($"{(int)response.StatusCode}: {Regex.Match(body, "role=\"alert\"[^>]*>([^<]*)").Groups[1].Value}");
                            var reference = Reference().Match(body);
                            if (!reference.Success) throw new InvalidOperationException("No reference on the confirmation page.");
                            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                            references[item.Number] = reference.Value;
                            if (Interlocked.Increment(ref answered) == restartAfter && Interlocked.Exchange(ref restarting, 1) == 0)
                            {
                                await web.DisposeAsync(); // SIGKILL: no graceful shutdown
                                Console.WriteLine($"killed the site after {answered} answers; starting it again");
                                (web, _) = await WebProcess.StartAsync(webDll, site, ct, environment);
                                Volatile.Write(ref origin, web.Origin);
                            }
                            break;
                        }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException && !ct.IsCancellationRequested)
                        {
                            Interlocked.Increment(ref retries);
                            if (!kill) throw;
                            await Task.Delay(200, ct);
                        }
                    }
                }
            }, ct)).ToArray();
            await Task.WhenAll(workers);
            var seconds = watch.Elapsed.TotalSeconds;
            foreach (var h in handlers) h.Dispose();

            // The check, on the database itself.
            await using var scope = site.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var applications = await db.Set<ContentItemRecord>().AsNoTracking().Where(i => i.ContentType == "JoinApplication" && i.Latest)
                .Select(i => i.ContentItemId).ToListAsync(ct);
            var byReference = await (from index in db.Set<ContentIndexRecord>()
                                     join item in db.Set<ContentItemRecord>() on index.DocumentId equals item.Id
                                     where index.Name == "JoinApplication.Reference" && item.Latest
                                     select new { Reference = index.TextValue!, item.ContentItemId }).ToListAsync(ct);
            var tasks = await (from task in db.Set<UserTaskRecord>()
                               join instance in db.Set<WorkflowInstanceRecord>() on task.InstanceId equals instance.Id
                               select instance.CorrelationId!).ToListAsync(ct);
            var mails = await db.Set<MailOutboxRecord>().AsNoTracking().Where(m => m.IdempotencyKey!.StartsWith("join-confirmation:"))
                .Select(m => m.IdempotencyKey!).ToListAsync(ct);
            var idByReference = byReference.GroupBy(r => r.Reference).ToDictionary(g => g.Key, g => g.Select(r => r.ContentItemId).ToList());
            var received = references.Values.ToList();
            var lost = received.Count(r => !idByReference.TryGetValue(r, out var ids)
                || !tasks.Contains(ids[0]) || !mails.Contains("join-confirmation:" + ids[0]));
            var duplicatedReferences = idByReference.Count(g => g.Value.Count > 1) + received.Count - received.Distinct().Count();
            var sorted = latencies.Order().ToArray();
            double Percentile(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

            Console.WriteLine($"""

                ## Join form: {submissions} submissions from {clients} clients{(kill ? ", site killed (SIGKILL) and restarted halfway" : "")}
                | figure | value |
                |---|---|
                | submissions answered with a reference | {received.Count} / {submissions} |
                | applications stored | {applications.Count} |
                | tasks (one per application) | {tasks.Distinct().Count()} for {tasks.Count} rows |
                | confirmation e-mails in the outbox | {mails.Count} |
                | lost (a reference without its application, task or e-mail) | {lost} |
                | duplicated (two applications for one form, or one reference twice) | {duplicatedReferences + Math.Max(0, applications.Count - submissions)} |
                | posts sent again (no answer: the site was down) | {retries} |
                | POST latency p50 / p99 / max | {Percentile(0.50):N0} ms / {Percentile(0.99):N0} ms / {(sorted.Length == 0 ? double.NaN : sorted[^1]):N0} ms |
                | throughput | {received.Count / seconds:N0} submissions/s ({seconds:N1} s) |
                """);
            var ok = received.Count == submissions && applications.Count == submissions && lost == 0 && duplicatedReferences == 0
                && tasks.Distinct().Count() == submissions && mails.Count == submissions;
            Console.WriteLine(ok ? "CHECK OK" : "CHECK FAILED");
            return ok ? 0 : 1;
        }
        finally
        {
            await web.DisposeAsync();
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> Application(int n)
    {
        (string, string)[] fields =
        [
            ("DisplayText", $"Benchmark town {n:D5}"), ("AuthorityType", "city"), ("Country", "country-fr"), ("Region", "Grand Est"),
            ("Population", "120000"), ("OfficeHolder", "Marie Martin"), ("FocalPointName", "Jean Dupont"), ("FocalPointFunction", "Officer"),
            ("FocalPointEmail", $"bench{n:D5}@example.org"), ("Priorities", "education"), ("WillSignDeclaration", "true"),
            ("CorrespondenceLanguage", "en"), ("ConsentGiven", "true"),
        ];
        return fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2));
    }
}
