## Safety: the gentle check after a worrying message, the SOS view, a safety plan,
## and the honest answer to "are you a bot?".

safety-check-self-harm =
    I want to check something, gently. What you wrote sounded like you might be thinking about hurting yourself, or about not wanting to be alive.

    Is that what's going on for you right now?
safety-check-harm-others =
    I want to check something, gently. What you wrote sounded like you might be worried you could hurt someone.

    Is that what's going on right now?
safety-check-danger =
    I want to check something, gently. What you wrote sounded like you might be afraid of your partner, or that you've been threatened, hurt, or pressured into something.

    Is something like that happening to you?
safety-check-control =
    I want to check something, gently. What you wrote sounded like it could be control: having your phone checked, being made to hand over passwords, being tracked, being kept from friends or family, or having your money controlled.

    Is something like that happening to you?
safety-check-sexual =
    I want to check something, gently. What you wrote sounded like you may have been pressured or forced into something sexual you didn't want.

    Is something like that happening to you?
safety-check-partner-threat =
    I want to check something, gently. It sounded like your partner may be saying they'll hurt themself if you leave or don't do what they want. That's a heavy thing to carry, and it isn't yours to carry alone.

    Is something like that happening?
safety-check-minor = Just to check: did you mean that you're under 18?
safety-now = I'm not safe right now
safety-now-harm-others = I might hurt someone right now
safety-yes = Yes, that's what's happening
safety-turned-round = No, it's the other way round: I'm the one in danger
safety-show-lines = Show me where to get help
safety-no = No, I'm okay, let's carry on
safety-minor-yes = Yes, I'm under 18
safety-minor-no = No, I'm an adult
safety-check-thanks = Thank you for telling me. If that changes, /sos is always here.
safety-check-typed = I read that. Before we go on, please answer the question below with a tap, so I can show you the right next step.

sos-reason-self-harm = I'm really glad you told me. You don't have to carry this alone, and you deserve support from a real person, today.
sos-reason-harm-others = Thank you for being honest about it. Talking to someone now, before anything happens, is the right step.
sos-reason-danger = Thank you for telling me. Being afraid of a partner is serious, and it's not your fault. Your safety comes before any conversation about the relationship.
sos-reason-control = Thank you for telling me. Checking, tracking, isolating and controlling money are forms of control, not care, and you deserve support with it. Your safety comes before any conversation about the relationship.
sos-reason-sexual = Thank you for telling me. What happened is not your fault, whatever came before it. You can talk to someone who understands, in confidence, whenever you're ready.
sos-reason-partner-threat = Thank you for telling me. When someone threatens to hurt themself to keep you from leaving, their safety is real, but it isn't your job to hold it. If they're in danger, call the emergency number for them; then talk to someone about yourself.
sos-reason-minor = These lines are for young people: free, confidential, and they'll listen.
sos-now = Please call your local emergency number now: 112 in most of Europe, 911 in North America, 999 in the UK, 000 in Australia, 111 in New Zealand, 190 in Brazil. If you can't talk, get to a neighbour or a public place.
sos-now-country = Please call { $emergency } now. If you can't talk safely, get to a neighbour or a public place, or ask someone near you to call.
sos-immediate = If you are in danger right now, call your local emergency number (112 in much of the world, 911 in North America, 999 in the UK).
sos-immediate-country = If you are in danger right now, call { $emergency }.
sos-pick-country = Pick your country below and I'll show you free, confidential lines you can call or text.
sos-lines =
    Free, confidential support in { $country }:
    { $lines }
sos-line = • { $kind }: { $name }, { $how }
sos-how-call = call { $call }
sos-how-sms = text { $sms }
sos-how-both = call or text { $call }
sos-how-keyword = text { $keyword } to { $sms }
sos-how-call-or = call { $call }, or { $other }
sos-kind-crisis = Crisis and suicide support
sos-kind-domestic_violence = Domestic abuse support
sos-kind-sexual_violence = Sexual assault support
sos-kind-youth = For young people
sos-kind-lgbtq = LGBTQ+ support
sos-kind-men = For men
sos-how-chat = chat at { $web }
sos-how-or-chat = { $how }, or chat at { $web }
sos-directory = In another country, { $url } lists free helplines worldwide.
sos-grounding =
    If everything feels like too much right now:
    • Breathe out slowly, longer than you breathe in, five times.
    • Name five things you can see and three you can hear.
    • Put your feet flat on the floor and feel them there.
    You don't have to decide anything tonight.
btn-other-country = Another country
btn-more-lines = More lines
btn-grounding = Steps for this moment
btn-safety-plan-make = Make a safety plan
btn-safety-plan-mine = My safety plan
btn-back-to-sos = Back to help and support
btn-safety-follow-up = Check on me tomorrow
btn-safety-not-now = I'm not in danger right now
safety-follow-up-set = I'll send you one short, neutral message tomorrow at about this time. Nothing else is kept, and it's erased once it's sent.
safety-follow-up-check = Hi, it's Candor. You asked me to check in today. How are you doing?
safety-follow-up-better = A bit better
safety-follow-up-hard = Still hard
safety-follow-up-help = I need help now
safety-follow-up-glad = I'm glad. /sos is always here if that changes.
safety-follow-up-hard-reply = Thank you for telling me. You don't have to get through today alone: here are people you can reach now, and a few steps for this moment.

plan-intro = A safety plan is a few notes for a hard moment, in your own words. Four short questions; skip any of them. I'll only keep the plan if you ask me to at the end. If someone else might look at your phone, you may prefer to write it somewhere only you will see.
plan-q-signs = What tells you things are getting dangerous or too much? (For example: certain words, drinking, a tone of voice.)
plan-q-people = Who could you call or go to at short notice?
plan-q-places = Where could you go to be safe, and how would you get there?
plan-q-ready = What would you want to have ready to take? (For example: phone and charger, ID, keys, money, medication.)
plan-stop = Stop here
plan-blank = (not filled in)
plan-summary =
    Your safety plan
    • Warning signs: { $signs }
    • People to contact: { $people }
    • Safe places: { $places }
    • Things to have ready: { $ready }
plan-keep-question = Would you like me to keep this plan, so you can find it again with /sos? It's erased with everything else by /delete.
plan-keep = Keep it for me
plan-discard = Don't keep it
plan-kept = I've kept your plan. You'll find it under /sos.
plan-discarded = I haven't kept it. Nothing of the plan was saved.
plan-yours = Here's the plan you saved.
plan-delete = Delete my plan
plan-deleted = Your plan is deleted.

identity-answer = You're talking to Candor, an automated self-help tool. I'm a program, not a person, and no one reads this chat. I'm not a therapist, I don't offer therapy, and I'm not a crisis service: for urgent help, /sos shows who to call. Whatever you decide stays your decision.

## Country names for the help lines
country-US = United States
country-GB = United Kingdom
country-IE = Ireland
country-CA = Canada
country-AU = Australia
country-NZ = New Zealand
country-IN = India
country-ES = Spain
country-MX = Mexico
country-AR = Argentina
country-CO = Colombia
country-BR = Brazil
country-PT = Portugal
country-DE = Germany
country-FR = France
country-RU = Russia
