## Raising it calmly: a first few sentences built from the person's own
## answers, when and how to say them, and practice for the replies that derail these talks.

raise-title = Raise it without accusing
raise-summary = Calm first words from what you noticed, and practice for the hard replies.
raise-recap = You were partway through preparing how to raise it.
raise-recap-start = You were about to start preparing how to raise it.
raise-recap-safety = You were thinking about how to stay safe.
raise-recap-safety-question = You were about to answer one question about your safety.
raise-recap-noticed = You were about to say what you've noticed.
raise-recap-feeling = Next was how it's made you feel.
raise-recap-understand = Next was what you'd like to understand.
raise-recap-opener = Your opener was ready; next was when and how to say it.
raise-recap-scope = Next was what to talk about first.
raise-recap-moment = Next was choosing a good moment.
raise-recap-misread = Next was what you might be missing.
raise-recap-practise = You were practising the hard replies.

## Start

raise-intro =
    Let's work out how to bring this up.

    When something has been eating at you, it can come out as an accusation. Then the talk turns into attack and defence, and what's really happening never gets looked at.

    So we'll build your first few sentences together, in three short parts: what you noticed, how it's felt for you, and what you'd like to understand. After that: when and how to say it, and a chance to practise the replies that most often throw these talks off course.

    You can stop at any point and come back later.
raise-begin = Let's start

raise-safety-first =
    Before anything else: your safety.

    Earlier you told me that fear or control is part of what's happening. When that's true, your safety comes before any talk about the relationship. Raising something like this with a partner who threatens or controls can sometimes make things more dangerous.

    You don't have to have this conversation, now or ever, and nothing here will push you toward it. A support line can help you think through what's safe for you; /sos shows where to find one.

    If you'd still like to think about the words, you can, at your own pace.
raise-safety-plan-btn = Help me think about staying safe
raise-safety-continue = I'd still like to prepare the words
raise-safety-yes = You don't have to have this conversation, now or ever. If you'd still like to think about the words, you can, at your own pace, and safety stays first all the way through.

raise-safety-plan =
    A few things that can make you safer. Take what fits and leave the rest.

    • Think of one or two people you trust who could know what's going on, and who you could call or stay with at short notice.
    • Know where you could go if you needed to leave quickly, and how you'd get there.
    • Keep your phone charged, and keep what you'd need (ID, keys, some money, any medication) where you can reach it fast.
    • Agree on a word or a short message with someone you trust that means “I need help”.
    • A domestic-abuse support line can help you make a plan that fits your situation, including whether, when and where it would be safe to raise anything at all.

    If someone else might read this chat: /delete erases what Candor keeps, and deleting the chat in Telegram clears the messages from your phone.

## Part 1: what you noticed

raise-q-noticed =
    First part: what have you noticed?

    Stay with what you saw or heard, not what you think it means. Pick the closest, or put it in your own words.
raise-noticed-late-messages-btn = Messages late at night
raise-noticed-name-often-btn = One name comes up a lot
raise-noticed-guarded-phone-btn = A hidden or locked phone, deleted chats
raise-noticed-unmentioned-time-btn = Time with someone they didn't mention
raise-noticed-online-btn = Something I saw online
raise-noticed-elsewhere-btn = Their attention seems elsewhere
raise-own-words = I'll put it in my own words
raise-pick-instead = Choose from the list instead

raise-q-noticed-own =
    Write what you noticed the way you might say it to your partner: what happened, not what you think it means. For example: you've been coming home later on Thursdays, and we haven't talked about it.

    A sentence is enough. I keep it only until this conversation ends.

## Fragments of the opener (spoken to the partner, after "Here's what I've noticed:")
raise-noticed-late-messages = you're often messaging someone late at night
raise-noticed-name-often = one name keeps coming up when you talk about your day
raise-noticed-guarded-phone = your phone has become much more private lately, and some chats seem to get cleared
raise-noticed-unmentioned-time = you spent time with someone and I only heard about it later, not from you
raise-noticed-online = I saw something online between you and someone else that I can't make sense of
raise-noticed-elsewhere = your mind seems to be somewhere else a lot of the time, even when we're together
raise-noticed-fallback = a few things lately that I keep coming back to

## Part 2: how it made you feel

raise-q-feeling =
    Second part: when you notice it, how do you feel?

    Naming your own feeling is what keeps this from sounding like a charge against your partner.
raise-feeling-uneasy-btn = Uneasy, unsure
raise-feeling-hurt-btn = Hurt
raise-feeling-left-out-btn = Left out
raise-feeling-anxious-btn = Anxious
raise-feeling-confused-btn = Confused
raise-feeling-lonely-btn = Lonely

raise-q-feeling-own =
    Finish this sentence in your own words: “When I notice it, I feel…”

    Just the feeling is enough, for example: small, or on edge.

## Fragments (after "When I notice it, I feel")
raise-feeling-uneasy = uneasy, and not sure where I stand
raise-feeling-hurt = hurt
raise-feeling-left-out = left out
raise-feeling-anxious = anxious, and I keep going over it
raise-feeling-confused = confused, because I don't know what it means
raise-feeling-lonely = lonely
raise-feeling-fallback = unsettled

## Part 3: what you want to understand

raise-q-understand =
    Third part: what would you like to understand?

    A real question, one you actually want answered, invites your partner in. An accusation puts them on guard.
raise-understand-how-close-btn = How close they are with this person
raise-understand-what-it-means-btn = What it means to them
raise-understand-same-page-btn = Whether we see these things the same way
raise-understand-their-side-btn = What's been going on for them
raise-understand-us-btn = Whether something between us needs attention

raise-q-understand-own =
    Finish this sentence in your own words: “What I'd really like to understand is…”

    For example: where this friendship fits in your life.

## Fragments (after "What I'd really like to understand is")
raise-understand-how-close = how close you and this other person have become
raise-understand-what-it-means = what that connection means to you
raise-understand-same-page = whether we see this kind of thing the same way
raise-understand-their-side = what's been going on for you lately
raise-understand-us = whether something between us needs more attention
raise-understand-fallback = how this looks from your side

## The opener and the accusing version it replaces

raise-opener-intro = That's one way to begin, built from your answers. Change any word so it sounds like you.
raise-opener = “Can we talk about something on my mind? Here's what I've noticed: { $noticed }. When I notice it, I feel { $feeling }. What I'd really like to understand is { $understand }. I may be missing part of the picture; I'd like to hear your side.”
raise-opener-words =
    Your words in full:
    { $words }
raise-opener-words-noticed = • What you noticed: “{ $words }”
raise-opener-words-feeling = • How it feels: “{ $words }”
raise-opener-words-understand = • What you'd like to understand: “{ $words }”
raise-accusing-intro =
    What it replaces: the kind of sentence that comes out when the hurt does the talking.

    { $example }
raise-accusing-late-messages = “Who are you texting at this hour? Don't bother lying, I know something's going on.”
raise-accusing-name-often = “You're obsessed with them. You might as well be dating them.”
raise-accusing-guarded-phone = “What are you hiding on that phone? Just admit it.”
raise-accusing-unmentioned-time = “So now you're sneaking around behind my back.”
raise-accusing-online = “I saw it. Don't even try to explain your way out of this.”
raise-accusing-elsewhere = “You obviously care more about someone else than you do about me.”
raise-accusing-general = “I know exactly what you're doing, so don't pretend you don't.”
raise-why-better =
    Why the first one tends to go better:
    • It tells your partner about your experience, so there's nothing in it to deny or argue with.
    • It asks for information instead of pushing for a confession.
    • It leaves room to answer. Your partner doesn't have to spend the first minute defending themselves.

    You're not trying to win. You're trying to find out what's really happening, and what it means for the two of you.
raise-opener-next = Next: when and how to say it
raise-opener-redo = Change my answers

## Timing and scope

raise-scope =
    Keep this first talk to one thing.

    It's about what you noticed, and what's going on with it. It's tempting to bring in the bigger question as well, what each of you thinks is and isn't okay in your relationship. Doing both at once tends to overwhelm you both.

    That bigger talk about your agreements matters. It just goes better later, once things have settled and you can both come to it calmer. Candor can help you prepare it when you're ready.
raise-moment =
    Choose the moment with care.

    • Pick a calm time, when neither of you is rushed, tired or already upset. Not in the middle of an argument, and not as a comeback in one.
    • Say it face to face, or at least by voice. Text strips out your tone and invites quick, sharp replies.
    • Find somewhere private, with time to finish, not just before one of you has to leave.
    • If your heart is racing, it's fine to wait a day. The words will keep.
raise-safety-reminder = You told me fear or control is part of this. Please raise it only if it feels safe, and if you can, think it through with a support line first (/sos lists them). Your safety matters more than having this talk.

## Being open to having misread it

raise-q-misread =
    One more thing before you go in: be open to having read it wrong.

    That doesn't mean doubting what you felt. It means going in to check, not to confirm. What might you be missing?
raise-misread-simple-reason-btn = There may be a simple reason I don't know
raise-misread-my-worry-btn = My own worries may make it look bigger
raise-misread-their-life-btn = I don't know what's going on in their life
raise-misread-never-agreed-btn = We may never have agreed what's okay
raise-misread-cant-see-btn = Nothing comes to mind, but I'll stay open
raise-q-misread-own = In your own words, what might you be missing? A sentence is plenty.

raise-misread-simple-reason = You allowed that there could be an ordinary explanation you haven't heard yet. Asking instead of telling leaves room for it.
raise-misread-my-worry = You allowed that your own worries might be making it look bigger. That's an honest thing to notice.
raise-misread-my-worry-more = People who've been hurt before can be quick to sense distance: sometimes they're picking up something real, and sometimes it's the fear talking. Asking is how you find out which.
raise-misread-their-life = You allowed that something may be going on for your partner that you don't know about. Leaving space for that makes it easier for them to tell you.
raise-misread-never-agreed = You allowed that the two of you may never have said out loud what's okay and what isn't.
raise-misread-never-agreed-more = Many couples haven't, and each assumes the other sees it the same way. That deserves its own talk, later.
raise-misread-cant-see = Even when nothing comes to mind, being willing to be wrong changes how you sound, and your partner will hear it.
raise-misread-own =
    You said you might be missing this:
    { $missing }
raise-misread-words =
    Your words in full:
    “{ $missing }”
raise-misread-open = Staying open doesn't cancel what you've felt; your unease is real either way. But walk in already certain, and every answer sounds like an excuse. Walk in curious, and you can actually hear what's said.

## Practising the hard replies

raise-q-practise =
    Even a gentle opener can get a hard reply. It helps to have heard the common ones before, so they don't knock you off balance.

    Which would you like to practise? You can do one, or all three.
raise-practise-never-touched-btn = “Nothing happened, we never touched”
raise-practise-defensive-btn = They get defensive
raise-practise-turned-around-btn = They turn it around on me
raise-practise-skip = I'm ready, skip this
raise-practise-done = I'm done practising
raise-practise-more = Would you like to practise another reply, or finish here?

raise-never-touched =
    The reply: “Nothing happened. We never even touched.”

    That may well be true. It still tends to miss what you're raising, for three reasons.

    • If something was kept from you, that matters. People rarely go to the trouble of hiding what's truly innocent, so the hiding is part of what you want to talk about.
    • Touch isn't the only measure. Attention, closeness and feeling can all flow somewhere else without anyone touching, and that is what hurts.
    • It quietly moves the question. Suddenly your concern is on trial for being too much, and you're defending your right to feel hurt instead of being heard.

    A calm way to answer:
    “I hear you that nothing physical happened, and I'm not saying it did. That isn't really what I'm asking about. I'm asking how much of yourself goes into this, and why I didn't know. Can we talk about that part?”

raise-defensive =
    The reply: your partner gets defensive. Their voice rises, or they ask why you're interrogating them, or they go quiet.

    A first flash of defensiveness is common, even in people who come round. What helps:
    • Stay with your own experience: “I'm not saying you did something terrible. I'm telling you how it's been for me.”
    • Don't match their volume, and don't reach for more examples to prove your point. Each new charge raises the heat.
    • If it's getting heated, pause on purpose: “I don't want us to fight about this. Can we stop here and pick it up tomorrow evening?”
    • Then do come back to it. A pause is a break, not a way of dropping it.

    If it turns defensive every time you try, that's worth noticing. How someone responds when this is raised tells you a lot.

raise-turned-around =
    The reply: it gets turned around. “You're so jealous.” “You're being controlling.” Or a list of your own faults.

    Raising a worry openly and asking about it is not the same as policing someone. Here's a way through:
    • Name it gently: “I notice we've moved on to me.”
    • If something they say is fair, own it in a sentence without dropping your question: “You might be right that I've been on edge. I'd still like to understand this.”
    • Give their point its own time: “We can talk about that another day, and I mean it.”
    • Then come back: “Right now, I'd like to get back to what I asked.”

    Staying calm here isn't giving in. It keeps the talk on the question you came with.

## The end

raise-finish =
    You're as ready as anyone is for a talk like this.

    Read your opener (it's above) a couple of times beforehand, so the words come when you need them.

    When the moment comes, remember what you're doing: saying what you saw and how it felt, and asking a real question. How your partner answers is theirs to own, and it tells you something too.

    Where would you like to go from here?
