## Segurança: a checagem cuidadosa depois de uma mensagem preocupante, a tela do SOS, um
## plano de segurança e a resposta honesta para "você é um robô?".

safety-check-self-harm =
    Quero checar uma coisa, com cuidado. Pelo que você escreveu, parece que você pode estar pensando em se machucar, ou em não querer mais viver.

    É isso que está acontecendo com você agora?
safety-check-harm-others =
    Quero checar uma coisa, com cuidado. Pelo que você escreveu, parece que você está com medo de acabar machucando alguém.

    É isso que está acontecendo agora?
safety-check-danger =
    Quero checar uma coisa, com cuidado. Pelo que você escreveu, parece que você pode estar com medo do seu par, ou que sofreu ameaças, agressões ou pressão para fazer algo.

    Algo assim está acontecendo com você?
safety-check-control =
    Quero checar uma coisa, com cuidado. Pelo que você escreveu, parece que pode haver controle: mexerem no seu celular, obrigarem você a entregar senhas, rastrearem você, afastarem você das suas amizades ou da família, ou controlarem o seu dinheiro.

    Algo assim está acontecendo com você?
safety-check-sexual =
    Quero checar uma coisa, com cuidado. Pelo que você escreveu, parece que alguém pode ter pressionado ou forçado você a algo sexual que você não queria.

    Está acontecendo algo assim com você?
safety-check-partner-threat =
    Quero checar uma coisa, com cuidado. Parece que seu par pode estar dizendo que vai se machucar se você for embora ou não fizer o que essa pessoa quer. Isso é um peso enorme, e você não precisa carregá-lo sem ajuda.

    Está acontecendo algo assim?
safety-check-minor = Só para confirmar: você quis dizer que tem menos de 18 anos?
safety-now = Agora mesmo não estou em segurança
safety-now-harm-others = Posso machucar alguém agora mesmo
safety-yes = Sim, é isso que está acontecendo
safety-turned-round = Não, é o contrário: quem está em perigo sou eu
safety-show-lines = Mostre onde buscar ajuda
safety-no = Não, estou bem, vamos seguir
safety-minor-yes = Sim, tenho menos de 18
safety-minor-no = Não, sou maior de idade
safety-check-thanks = Obrigado por me contar. Se isso mudar, o /sos está sempre aqui.
safety-check-typed = Eu li. Antes de continuar, responda com um toque à pergunta abaixo, assim eu mostro o próximo passo certo.

sos-reason-self-harm = Que bom que você me contou. Você não precisa carregar isso sem ninguém, e merece o apoio de uma pessoa de verdade, hoje.
sos-reason-harm-others = Obrigado pela sinceridade. Conversar com alguém agora, antes que qualquer coisa aconteça, é o passo certo.
sos-reason-danger = Obrigado por me contar. Sentir medo do seu par é sério, e não é culpa sua. Sua segurança vem antes de qualquer conversa sobre a relação.
sos-reason-control = Obrigado por me contar. Vigiar, rastrear, isolar e controlar o dinheiro são formas de controle, não de cuidado, e você merece apoio para lidar com isso. Sua segurança vem antes de qualquer conversa sobre a relação.
sos-reason-sexual = Obrigado por me contar. O que aconteceu não é culpa sua, seja o que for que veio antes. Quando quiser, você pode conversar em sigilo com alguém que entende.
sos-reason-partner-threat = Obrigado por me contar. Quando alguém ameaça se machucar para você não ir embora, a segurança de quem ameaça importa, mas sustentá-la não é tarefa sua. Se houver perigo, ligue para a emergência; depois, converse com alguém sobre você.
sos-reason-minor = Estes canais são para jovens: gratuitos, sigilosos, e vão te ouvir.
sos-now = Por favor, ligue agora para a emergência: 190 (polícia) ou 192 (SAMU) no Brasil, 112 em Portugal e em grande parte da Europa. Se não puder falar, vá até um vizinho ou a um lugar com gente.
sos-now-country = Por favor, ligue agora para { $emergency }. Se não puder falar com segurança, vá até um vizinho ou a um lugar com gente, ou peça para alguém por perto ligar.
sos-immediate = Se você está em perigo agora, ligue para o número de emergência local (190 no Brasil, 112 em grande parte do mundo, 911 na América do Norte, 999 no Reino Unido).
sos-immediate-country = Se você está em perigo agora, ligue para { $emergency }.
sos-pick-country = Escolha seu país abaixo e eu mostro serviços gratuitos e sigilosos para você ligar ou mandar mensagem.
sos-lines =
    { $country }: apoio gratuito e sigiloso
    { $lines }
sos-line = • { $kind }: { $name }, { $how }
sos-how-call = telefone { $call }
sos-how-sms = SMS para { $sms }
sos-how-both = telefone ou SMS { $call }
sos-how-keyword = SMS com a palavra { $keyword } para { $sms }
sos-how-call-or = telefone { $call }, ou { $other }
sos-kind-crisis = Apoio emocional e prevenção do suicídio
sos-kind-domestic_violence = Apoio em casos de violência doméstica
sos-kind-sexual_violence = Apoio a vítimas de violência sexual
sos-kind-youth = Para jovens
sos-kind-lgbtq = Apoio LGBTQIA+
sos-kind-men = Para homens
sos-how-chat = chat em { $web }
sos-how-or-chat = { $how }, ou chat em { $web }
sos-directory = Em outro país, { $url } lista serviços de apoio gratuitos no mundo todo.
sos-grounding =
    Se tudo parece demais agora:
    • Solte o ar devagar, por mais tempo do que leva para puxar, cinco vezes.
    • Diga o nome de cinco coisas que você consegue ver e de três que consegue ouvir.
    • Apoie os pés no chão e sinta que eles estão ali.
    Você não precisa decidir nada hoje à noite.
btn-other-country = Outro país
btn-more-lines = Mais canais
btn-grounding = Passos para este momento
btn-safety-plan-make = Fazer um plano de segurança
btn-safety-plan-mine = Meu plano de segurança
btn-back-to-sos = Voltar para ajuda e apoio
btn-safety-follow-up = Me pergunte amanhã como estou
btn-safety-not-now = Não estou em perigo agora
safety-follow-up-set = Amanhã, mais ou menos neste horário, vou te mandar uma mensagem curta e neutra. Nada mais fica guardado, e ela é apagada assim que é enviada.
safety-follow-up-check = Oi, aqui é o Candor. Você me pediu para perguntar hoje. Como você está?
safety-follow-up-better = Um pouco melhor
safety-follow-up-hard = Ainda está difícil
safety-follow-up-help = Preciso de ajuda agora
safety-follow-up-glad = Que bom. O /sos continua aqui se isso mudar.
safety-follow-up-hard-reply = Obrigado por me dizer. Você não precisa passar por hoje sem ninguém: aqui estão pessoas que você pode procurar agora e alguns passos para este momento.

plan-intro = Um plano de segurança são algumas anotações para um momento difícil, com suas palavras. São quatro perguntas curtas, e você pode pular qualquer uma. Só guardo o plano se você pedir no final. Se outra pessoa puder olhar o seu celular, talvez seja melhor anotar num lugar que só você veja.
plan-q-signs = O que mostra que as coisas estão ficando perigosas ou pesadas demais? (Por exemplo: certas palavras, bebida, um tom de voz.)
plan-q-people = Para quem você poderia ligar, ou a casa de quem você poderia ir, de última hora?
plan-q-places = Para onde você poderia ir para ficar em segurança, e como chegaria lá?
plan-q-ready = O que você gostaria de deixar pronto para levar? (Por exemplo: celular e carregador, documentos, chaves, dinheiro, remédios.)
plan-stop = Parar aqui
plan-blank = (não preenchido)
plan-summary =
    Seu plano de segurança
    • Sinais de alerta: { $signs }
    • Pessoas para contatar: { $people }
    • Lugares seguros: { $places }
    • O que deixar pronto: { $ready }
plan-keep-question = Quer que eu guarde este plano, para você encontrar de novo pelo /sos? Ele é apagado junto com todo o resto pelo /delete.
plan-keep = Guardar para mim
plan-discard = Não guardar
plan-kept = Guardei seu plano. Ele fica no /sos.
plan-discarded = Não guardei. Nada do plano foi salvo.
plan-yours = Aqui está o plano que você salvou.
plan-delete = Apagar meu plano
plan-deleted = Seu plano foi apagado.

identity-answer = Você está falando com o Candor, uma ferramenta automática de autoajuda. Sou um programa, não uma pessoa, e ninguém lê esta conversa. Não sou terapeuta, não ofereço terapia e não sou um serviço de crise: para ajuda urgente, o /sos mostra para quem ligar. O que você decidir continua sendo decisão sua.

## Nomes de países para os serviços de apoio
country-US = Estados Unidos
country-GB = Reino Unido
country-IE = Irlanda
country-CA = Canadá
country-AU = Austrália
country-NZ = Nova Zelândia
country-IN = Índia
country-ES = Espanha
country-MX = México
country-AR = Argentina
country-CO = Colômbia
country-BR = Brasil
country-PT = Portugal
country-DE = Alemanha
country-FR = França
country-RU = Rússia
