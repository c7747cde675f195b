## Spectrum check: where one behaviour sits, from clearly within bounds, through the
## gray zone, to clearly objectionable to most partners. Questions speak of "the person
## doing it" and "the partner", so they work for either side.

spectrum-title = Where does this behaviour sit?
spectrum-summary = Is one behaviour fine, a gray zone, or clearly over the line for most couples?
spectrum-recap = You were partway through the spectrum check.
spectrum-recap-role = You were about to say whose behaviour we're looking at.
spectrum-recap-what = You were choosing the behaviour to look at.
spectrum-recap-more = You were saying whether other small things go with it.
spectrum-recap-hidden = Next was whether it's kept from the partner.
spectrum-recap-discomfort = Next was whether showing the partner the conversation would feel uncomfortable.
spectrum-recap-function = Next was whether it gives something that's missing at home.
spectrum-recap-agreement = The last question was whether it fits what you two have agreed.

spectrum-intro =
    Some things are plainly fine, some plainly aren't, and a lot sits somewhere in between.

    This check looks at one behaviour and where it sits: clearly within bounds, in the gray zone, or clearly objectionable to most partners. You pick the behaviour (and any small things that go with it), answer four short questions, and I show you where it lands and why. Three things weigh most: whether it's hidden because the partner would object, whether it gives something that's missing at home, and whether it goes past what the two of you agreed.

    It's a placement, not a verdict. Much of it depends on what you and your partner have agreed, and you know that better than I do.
spectrum-begin = Let's start

spectrum-q-role =
    Whose behaviour are we looking at?

    I'll ask the same questions either way. They talk about "the person doing it" and "the partner", so they fit whichever side you're on.
spectrum-role-doing = Mine: I'm the one doing it
spectrum-role-noticing = My partner's: I've noticed it
spectrum-role-wondering = Neither, or I'd rather not say

spectrum-q-topic = What is it about? Pick the closest area and I'll show you some examples.
spectrum-topic-attraction = Attraction, flirting and attention
spectrum-topic-people = Friends, coworkers and confiding
spectrum-topic-exes = An ex
spectrum-topic-messages = Messages, chats and accounts

spectrum-q-what = Which of these comes closest? If none of them fit, choose "Something else" and put it in your own words.
spectrum-q-what-other = In a sentence, what's the behaviour? I'll keep your words only until this check is finished. You can also skip this and answer the questions with it in mind.

spectrum-behaviour-celebrity = A crush on a celebrity
spectrum-behaviour-noticing = Noticing that someone is attractive
spectrum-behaviour-attention = Enjoying attention from other people
spectrum-behaviour-unmet-friends = Friendships the partner hasn't met
spectrum-behaviour-ex-friend-open = A friendship with an ex that the partner knows about
spectrum-behaviour-complaining = Venting about the relationship to someone there's a spark with
spectrum-behaviour-basically-single = Saying "it's complicated" or "basically single" to someone there's a spark with
spectrum-behaviour-uncomfortable-chats = Conversations that would feel uncomfortable to show the partner

spectrum-q-more = Does it come with other small things? Each may look minor on its own, but small things add up. If one of these goes with it, pick it.
spectrum-q-more-2 = Anything else? Pick one more, or choose “That's all”.
spectrum-more-none = Just this one
spectrum-more-done = That's all

spectrum-q-hidden = First: does the partner know about it?
spectrum-hidden-open = Yes, the partner knows
spectrum-hidden-private = It's private, but nothing is hidden
spectrum-hidden-partly = They know some of it, not how much
spectrum-hidden-hidden = No, it's kept from them on purpose
spectrum-hidden-unsure = I'm not sure

spectrum-q-discomfort = Now picture the partner reading those messages or hearing that conversation, just as it is. Would the person doing it feel uncomfortable about that?
spectrum-discomfort-no = No, it could be shown as it is
spectrum-discomfort-somewhat = A little, in places
spectrum-discomfort-yes = Yes, that would feel uncomfortable
spectrum-discomfort-nothing = There's nothing like that to show
spectrum-discomfort-unsure = I can't tell

spectrum-q-function = Does it give the person doing it something romantic or emotional that's missing in the relationship? Feeling wanted, understood, or excited, for example.
spectrum-function-no = No, it isn't about that
spectrum-function-some = Maybe a little
spectrum-function-yes = Yes, it seems to fill a gap
spectrum-function-unsure = I don't know

spectrum-q-agreement = Last question. Does it fit what the two of you have agreed, whether you said it out loud or just understood it?
spectrum-agreement-ok = We agreed it's fine
spectrum-agreement-not = We agreed it's not okay
spectrum-agreement-never = We've never talked about it
spectrum-agreement-unsure = I'm not sure what we agreed

## The placement

spectrum-placement-about = You asked about: { $behaviour }
spectrum-placement-about-own = You asked about, in your words: “{ $behaviour }”
spectrum-placement-about-unnamed = You asked about a behaviour you have in mind.
spectrum-placement-with = Along with: { $behaviours }.

spectrum-level-within = Where it sits: clearly within bounds. This is an ordinary part of life, and a healthy relationship has room for it.
spectrum-level-within-agreed = Where it sits: within bounds for the two of you. On its own this would be in the gray zone, but it's out in the open and you've both agreed it's fine. That agreement is what counts here.
spectrum-level-gray = Where it sits: the gray zone. This is the middle ground, where most real difficulty between couples lives. It doesn't prove anything on its own, but it is worth talking about.
spectrum-level-objectionable = Where it sits: clearly objectionable to most partners. That isn't a ruling on anyone's character or relationship. It means most people would feel hurt or misled if they found it.

spectrum-reasons =
    What placed it there:
    { $reasons }

spectrum-base-within = • On its own, this is ordinary. People in good relationships still have inner lives and friendships of their own, and still notice other people.
spectrum-base-gray = • On its own, this sits in the middle. It can be harmless or not, depending on how it's done and what it's for.
spectrum-base-other = • I can't know exactly what it is, so I started from the middle ground and let your answers move it.
spectrum-base-objectionable = • On its own, this is something most partners would object to, even when nothing physical happens.

spectrum-about-dating-app = • A dating profile mostly does one thing: it keeps a person visible as available. Saying it's only for the validation doesn't change what it tells others.
spectrum-about-hidden-accounts = • A hidden account or a deleted thread doesn't keep itself hidden. It takes steady effort, and that effort says something.
spectrum-about-coworker = • Closeness at work grows easily. It moves into the gray zone when it starts to outweigh the closeness at home, or carries a spark nobody is naming.
spectrum-about-flirting = • Being warm with people is not the same as flirting. A useful question is whether the person would act the same way with the partner standing right there.

spectrum-reason-open = • The partner knows about it. Openness counts for a lot.
spectrum-reason-private = • It isn't hidden, it just hasn't come up. Not reporting every passing thought is normal; a private inner life isn't a secret.
spectrum-reason-partly = • Part of it goes unsaid. It's worth asking which part, and why that part.
spectrum-reason-hidden = • It's kept from the partner on purpose. Hiding takes effort, and the effort is a signal in itself: people rarely work hard to hide what they think is harmless.
spectrum-reason-hidden-unsure = • You're not sure whether it's kept from the partner. That's worth finding out by asking openly, not by checking up.
spectrum-reason-comfortable = • The conversation could be shown as it is. That's usually a good sign.
spectrum-reason-somewhat = • Some of it would feel awkward to show. That unease is worth listening to, without jumping to conclusions.
spectrum-reason-uncomfortable = • The person doing it would be uncomfortable if the partner saw the conversation. That discomfort usually has a reason.
spectrum-reason-discomfort-unsure = • You can't tell whether showing the conversation would feel uncomfortable. If you're the one doing it, that's a question only you can answer honestly.
spectrum-reason-function-some = • It may fill a small gap at home. On its own that doesn't move it, but it's worth noticing, gently.
spectrum-reason-function-yes = • It seems to give something romantic or emotional that's missing at home. That doesn't settle anything on its own, but it's one of the clearest signs that something has moved past ordinary, and it may point at a need the relationship hasn't met.
spectrum-reason-several = • It doesn't come alone: other small things go with it. Each may look minor, but together they form a pattern, and a pattern says more than any one of them.
spectrum-reason-agreed-ok = • You've agreed it's fine.
spectrum-reason-agreed-not = • It goes against something the two of you agreed. Whatever other couples do, your own agreement is what counts between you.
spectrum-reason-never-talked = • You've never talked about it. Plenty of couples run on rules they never said out loud, and find out late that they weren't the same rules.
spectrum-reason-agreement-unsure = • You're not sure what you agreed. That's very common, and a good reason for a calm conversation about it.
spectrum-reason-ex-hidden = • A friendship with an ex isn't a problem in itself. Keeping it hidden is what changes it: it means one person decided alone that it was fine, instead of talking about it.
spectrum-reason-unspoken-hidden = • "We never said it wasn't allowed" is thin cover when something is being kept out of sight. The hiding suggests the person doing it already guesses the partner would mind.

spectrum-own-agreement = Where it sits: most partners would object to this, but you say it's out in the open and you've both agreed it's fine. An honest agreement between the two of you counts for more than what most people would choose. It's worth checking now and then that it still feels fine to both of you.
spectrum-policing-noticing = If you've felt a pull to keep an eye on things like this, please be gentle with yourself about it. That pull usually comes from anxiety, or sometimes a need to feel in control, rather than from anything your partner has actually done wrong. It doesn't make you a bad partner. It may mean a worry deserves some care of its own, and saying what unsettles you, calmly, will likely help more than keeping watch.
spectrum-three-part =
    Three signs do most of the work in telling where something sits: it's hidden because the partner would object; it gives something romantic or emotional that's missing at home; it involves a closeness that goes past what the two of you agreed. Each one that holds moves a behaviour a step further along. { $met ->
        [0] None of the three clearly holds in your answers.
        [1] One of the three holds in your answers.
        [2] Two of the three hold in your answers.
       *[3] All three hold in your answers.
    }
spectrum-agreements-decide = Couples set their own rules, and the rules really differ: a flirty friendship is fine for one couple and a clear line for another. This shows where most couples would put it; what the two of you have agreed is what decides it for you.

spectrum-placement-more = If you'd like, you can read a little more below: why things like this happen, whether it's a symptom or the issue itself, and a cycle some couples get caught in. Or choose where to go next.

## The reflections, each one optional

spectrum-read-why = Why might this happen?
spectrum-read-symptom = A symptom, or the issue itself?
spectrum-read-cycle = A cycle some couples get caught in
spectrum-why =
    Why things like this happen

    Understanding why is not the same as excusing it. It helps because the reason points at what would actually change things. A few common ones, and often more than one is true at once:

spectrum-why-more =
    • Wanting to feel noticed. Feeling attractive or special to someone new is a strong pull, especially when that feeling has gone quiet at home. It isn't necessarily a sign that the relationship is failing; some people lean on outside approval to feel worth something, and haven't found a steadier way to get it.
    • Keeping a door open. Someone unsure about the relationship, or afraid of feeling trapped, may hold on to other connections as a kind of backup. It's rarely a plan. It's more a way of calming fear, and it can sit right next to real love, which is part of why it's so confusing.
    • Something missing at home. When closeness, being understood or feeling chosen has faded, an outside connection can fill the space. That makes it understandable, not acceptable, and it points at a conversation that hasn't happened yet.

spectrum-why-more-2 =
    • Wanting something new. The rush of early attraction fades in long relationships, and missing it is human. What matters is whether that's talked about openly, or chased in secret.
    • Old habits. Sometimes a flirty way of texting, or contacts kept from before, simply never got looked at after committing. No scheme, just not noticing what it means now.

spectrum-symptom =
    A symptom, or the issue itself?

    Sometimes a behaviour like this is a sign of something else: unhappiness nobody has named, needs that were never said out loud, or doubts about the relationship that haven't been faced. Then stopping the behaviour doesn't fix much.

spectrum-symptom-more =
    The chats end, the distance at home stays, and before long something else fills the gap. The real work is in whatever it was pointing to.

    Other times the behaviour is the issue. Nothing in particular is wrong at home; the person simply hasn't fully signed up to the relationship or its rules. Then the conversation is a different one, about values and commitment: what this person is really prepared to give.

    From inside a relationship these two are hard to tell apart. A couples counsellor can often help both people see which one they're dealing with.

spectrum-cycle =
    A cycle some couples get caught in

    This isn't a diagnosis of you or of anyone. It's a pattern some couples recognise, sometimes called an anxious–avoidant cycle, and it might or might not fit yours.

spectrum-cycle-more =
    Some people find full closeness hard and feel safer with a little distance. They might keep small outside connections as a cushion, usually without deciding to. Other people are very alert to any sign of being let go, and they might notice those connections early and react strongly.

    When two people like that are together, a loop can form. One keeps some distance; the other notices and feels alarmed; when it's raised, the first gets defensive or pulls back; the second pushes harder; nothing gets settled, and it starts again.

    If you're the one who notices: you might be seeing something real, or worry might be finding danger in ordinary things. Both happen, and from the inside they can feel exactly the same. That's why checking gently helps: asking openly, with curiosity instead of accusation, and never by keeping watch. Seeing the loop for what it is can be what lets a couple step out of it.
