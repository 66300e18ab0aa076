using System.Globalization;
using System.Net;
using System.Text;

namespace Gongkai.TestSupport;

/// <summary>The figures of a report under the 2008 条例, and the text it was printed as.</summary>
public sealed record OldFormatReport(string Agency, int Year, int Proactive, int Received, int Reconsideration, int Litigation, string Text, string FileName);

/// <summary>
/// Random reports in the 2008-era structure: 概述, 主动公开政府信息情况, 依申请公开政府信息办理情况,
/// 政府信息公开的收费及减免情况, 因政府信息公开申请行政复议、提起行政诉讼的情况, 存在的主要问题及改进措施,
/// 其他需要报告的事项, and the old 政府信息公开情况统计表 (指标 | 单位 | 统计数), as pipe text, PDF-like
/// spaced text or HTML. Some figures are stated in the prose as well as in the table, some only in the table.
/// </summary>
public static class OldFormatReports
{
    private static readonly string[] Agencies = ["某市统计局", "某县人民政府办公室", "某区住房和城乡建设局", "某市生态环境局"];

    public static OldFormatReport Random(Random random, string form, int? year = null)
    {
        var y = year ?? random.Next(2008, 2019);
        var agency = Agencies[random.Next(Agencies.Length)];
        var proactive = random.Next(0, 3000);
        var received = random.Next(0, 400);
        var (inPerson, online) = (random.Next(0, received + 1), 0);
        online = random.Next(0, received - inPerson + 1);
        var letters = received - inPerson - online;
        var granted = random.Next(0, received + 1);
        var partly = random.Next(0, received - granted + 1);
        var refused = received - granted - partly;
        var reconsideration = random.Next(0, 4);
        var litigation = random.Next(0, 3);
        var fees = random.Next(3) == 0 ? random.Next(1, 900) : 0;
        var f = CultureInfo.InvariantCulture;

        var paragraphs = new List<(string Heading, string Text)>
        {
            ("一、概述", $"{y}年，{agency}认真贯彻落实《中华人民共和国政府信息公开条例》，进一步完善政府信息公开工作机制，扎实推进政府信息公开工作。"),
            ("二、主动公开政府信息情况", random.Next(2) == 0
                ? string.Create(f, $"{y}年，我局通过政府网站、政府公报等渠道主动公开政府信息{proactive}条，其中规范性文件{random.Next(0, 30)}件。")
                : "我局通过政府网站、政府公报、新闻发布会等渠道及时主动公开政府信息。"),
            ("三、依申请公开政府信息办理情况", string.Create(f,
                $"{y}年，我局共收到政府信息公开申请{received}件，其中当面申请{inPerson}件、网上申请{online}件、信函申请{letters}件。已全部办结，其中同意公开{granted}件，同意部分公开{partly}件，不同意公开{refused}件。")),
            ("四、政府信息公开的收费及减免情况", fees == 0 ? "本年度未收取政府信息公开相关费用。" : string.Create(f, $"本年度收取检索、复制、邮寄等费用{fees}元。")),
            ("五、因政府信息公开申请行政复议、提起行政诉讼的情况", string.Create(f,
                $"{y}年，我局因政府信息公开申请被申请行政复议{reconsideration}件，被提起行政诉讼{litigation}件。")),
            ("六、政府信息公开工作存在的主要问题及改进措施", "公开内容还不够丰富，下一步将进一步加强培训，规范办理流程。"),
            ("七、其他需要报告的事项", "无。"),
        };
        string[][] table =
        [
            ["统计指标", "单位", "统计数"],
            ["一、主动公开情况", "—", "—"],
            ["（一）主动公开政府信息数", "条", $"{proactive}"],
            ["其中：主动公开规范性文件数", "条", $"{random.Next(0, 30)}"],
            ["二、依申请公开情况", "—", "—"],
            ["（一）收到申请数", "件", $"{received}"],
            ["1.当面申请数", "件", $"{inPerson}"],
            ["2.传真申请数", "件", "0"],
            ["3.网络申请数", "件", $"{online}"],
            ["4.信函申请数", "件", $"{letters}"],
            ["（二）申请办结数", "件", $"{received}"],
            ["1.同意公开答复数", "件", $"{granted}"],
            ["2.同意部分公开答复数", "件", $"{partly}"],
            ["3.不同意公开答复数", "件", $"{refused}"],
            ["三、行政复议数量", "件", $"{reconsideration}"],
            ["四、行政诉讼数量", "件", $"{litigation}"],
            ["五、举报投诉数量", "件", "0"],
            ["六、依申请公开信息收取的费用", "万元", string.Create(f, $"{fees / 10000m:0.####}")],
        ];

        var title = $"{agency}{y}年政府信息公开工作年度报告";
        var preamble = $"本报告根据《中华人民共和国政府信息公开条例》要求编制，全文包括概述、主动公开政府信息情况、依申请公开政府信息办理情况等。本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。";
        var text = form switch
        {
            "html" => Html(title, preamble, paragraphs, table),
            "spaced" => Lines(title, preamble, paragraphs, table, r => string.Join("   ", r)),
            _ => Lines(title, preamble, paragraphs, table, r => $"| {string.Join(" | ", r)} |"),
        };
        return new OldFormatReport(agency, y, proactive, received, reconsideration, litigation, text, form == "html" ? "old.html" : "old.txt");
    }

    private static string Lines(string title, string preamble, List<(string Heading, string Text)> paragraphs, string[][] table, Func<string[], string> row)
    {
        var text = new StringBuilder().Append(title).Append('\n').Append(preamble).Append('\n');
        foreach (var (heading, body) in paragraphs)
        {
            text.Append(heading).Append('\n').Append(body).Append('\n');
        }

        text.Append("附表：政府信息公开情况统计表\n");
        foreach (var r in table)
        {
            text.Append(row(r)).Append('\n');
        }

        return text.ToString();
    }

    private static string Html(string title, string preamble, List<(string Heading, string Text)> paragraphs, string[][] table)
    {
        var html = new StringBuilder($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title></head><body>");
        html.Append("<h1>").Append(WebUtility.HtmlEncode(title)).Append("</h1><p>").Append(WebUtility.HtmlEncode(preamble)).Append("</p>");
        foreach (var (heading, body) in paragraphs)
        {
            html.Append("<h2>").Append(WebUtility.HtmlEncode(heading)).Append("</h2><p>").Append(WebUtility.HtmlEncode(body)).Append("</p>");
        }

        html.Append("<p>附表：政府信息公开情况统计表</p><table>");
        foreach (var r in table)
        {
            html.Append("<tr>").Append(string.Concat(r.Select(c => $"<td>{WebUtility.HtmlEncode(c)}</td>"))).Append("</tr>");
        }

        return html.Append("</table></body></html>").ToString();
    }
}
