using PolicySpeech.Semantics;

namespace PolicySpeech.Tests.Semantics.Recognition;

public sealed class ModalityRecognizerTests
{
    [Theory]
    [InlineData("今年确保新增妇女就业**万人以上", "确保", "ensure")]
    [InlineData("务必抓好落实", "务必", "must")]
    [InlineData("网络沉迷等问题必须高度重视", "必须", "must")]
    [InlineData("力争到2025年累计培训**万人次", "力争", "strive")]
    [InlineData("争取更好结果", "争取", "strive")]
    [InlineData("努力把党和政府的温暖送到每个孩子身边", "努力", "strive")]
    [InlineData("我们要认真学习领会", "要", "should")]
    [InlineData("各级政府应当加强监管", "应当", "should")]
    [InlineData("应加快建设", "应", "should")]
    [InlineData("需要进一步强化措施", "需要", "should")]
    [InlineData("须严格执行", "须", "should")]
    [InlineData("鼓励有条件的用人单位开发设置", "鼓励", "encourage")]
    [InlineData("支持妇女通过发展特色手工产业增收致富", "支持", "encourage")]
    [InlineData("引导中小学生培养健康心态", "引导", "encourage")]
    [InlineData("严禁违规举债", "严禁", "prohibit")]
    [InlineData("禁止在未成年人在线教育产品中插入网络游戏链接", "禁止", "prohibit")]
    [InlineData("不得以任何理由拒绝", "不得", "prohibit")]
    [InlineData("杜绝形式主义", "杜绝", "prohibit")]
    [InlineData("赤字率拟按3%安排", "拟", "plan")]
    [InlineData("计划新建一批项目", "计划", "plan")]
    [InlineData("我们将继续推进改革", "将", "plan")]
    [InlineData("中国愿同各国加强沟通和协调", "愿", "plan")]
    [InlineData("我们愿意继续提供服务", "愿意", "plan")]
    [InlineData("需要各方面齐心协力", "需要", "should")]
    [InlineData("要要进一步筑牢法治屏障", "要", "should")]
    public void RecognisesModal(string text, string word, string modality)
    {
        var m = Assert.Single(ModalityRecognizer.Recognize(text));
        Assert.Equal(word, m.Word);
        Assert.Equal(modality, m.Modality.ToContract());
        Assert.Equal(text.IndexOf(word, StringComparison.Ordinal), m.Span.Start);
        Assert.Equal(word.Length, m.Span.Length);
    }

    [Theory]
    [InlineData("这是一项重要举措")]
    [InlineData("主要目的是深入贯彻落实")]
    [InlineData("落实党中央部署要求")]
    [InlineData("中国妇女儿童发展纲要")]
    [InlineData("只要坚持下去")]
    [InlineData("优化生产要素配置")]
    [InlineData("推广应用")]
    [InlineData("产业链供应链稳定")]
    [InlineData("不得不承认")]
    [InlineData("展望将来")]
    [InlineData("深入实施反对拐卖人口行动计划，")]
    [InlineData("落实计划生育政策")]
    [InlineData("加大支持力度")]
    [InlineData("优化生育支持政策")]
    [InlineData("在各方的支持下")]
    [InlineData("各方面齐心协力、加倍努力。")]
    [InlineData("根据工作需要，")]
    [InlineData("加强宣传引导。")]
    [InlineData("将妇女儿童权益保护纳入法治建设全过程")]
    [InlineData("持续将未成年人保护工作纳入平安建设考核评价体系")]
    [InlineData("将学生欺凌防治工作作为重要内容")]
    [InlineData("在实施“人才强青”计划中")]
    [InlineData("严格执行从业禁止规定")]
    [InlineData("模拟演练")]
    [InlineData("发挥政府引导基金作用")]
    [InlineData("自然资源部将四川确定为试点")]
    [InlineData("群众的需要得到满足")]
    [InlineData("坚决打好湖北保卫战、武汉保卫战")]
    [InlineData("满足人民群众的愿望")]
    [InlineData("完善社会志愿服务体系")]
    public void NotModal(string text)
    {
        Assert.Empty(ModalityRecognizer.Recognize(text));
    }

    [Fact]
    public void SeveralModalsWithBaseOffset()
    {
        var all = ModalityRecognizer.Recognize("各级各部门要提高政治站位，确保各项任务落到实处，严禁弄虚作假。", 10);
        Assert.Equal([ModalityKind.Should, ModalityKind.Ensure, ModalityKind.Prohibit], all.Select(m => m.Modality));
        Assert.Equal(15, all[0].Span.Start);
    }

    [Fact]
    public void ModalityOfAWord()
    {
        Assert.Equal(ModalityKind.Ensure, ModalityRecognizer.ModalityOf("确保"));
        Assert.Equal(ModalityKind.Must, ModalityRecognizer.ModalityOf("必须"));
        Assert.Null(ModalityRecognizer.ModalityOf("重要"));
    }

    [Theory]
    [InlineData("must")]
    [InlineData("ensure")]
    [InlineData("strive")]
    [InlineData("should")]
    [InlineData("encourage")]
    [InlineData("prohibit")]
    [InlineData("plan")]
    public void ContractStringsRoundTrip(string name) => Assert.Equal(name, ModalityKinds.Parse(name).ToContract());

    [Fact]
    public void UnknownContractStringIsRejected() => Assert.Throws<FormatException>(() => ModalityKinds.Parse("maybe"));
}
