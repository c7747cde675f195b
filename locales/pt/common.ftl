## Palavras que todas as partes do Candor compartilham: primeiro uso, menu, navegação,
## avisos, ajuda, privacidade e exclusão. Simples, acolhedor, falando com "você".
## O par: nunca "ele/ela". Use "seu par" ou reformule, sem concordância de gênero.
## Quem lê: evite adjetivos e particípios com gênero (sozinho, pronto, seguro, ouvido...).

welcome-disclosure =
    Oi, eu sou o Candor.

    Sou uma ferramenta automática de autoajuda, não uma pessoa. Posso acompanhar você em algumas conversas guiadas sobre microtraição e limites ultrapassados: o que aconteceu, o que isso pode significar e o que você pode fazer a seguir.

    Antes, algumas coisas com toda a sinceridade:
    • Sou um programa, então ninguém lê esta conversa.
    • Não sou terapia e não substituo o acompanhamento de um profissional.
    • Não sou um serviço de crise. Se você estiver em perigo, digite /sos a qualquer momento.
    • Guardo o mínimo possível sobre você. O /privacy explica exatamente o quê, e o /delete apaga tudo.
welcome-age = O Candor é para maiores de idade. Para começar, confirme que você tem 18 anos ou mais.
btn-adult = Tenho 18 anos ou mais, vamos lá
btn-under18 = Tenho menos de 18 anos
welcome-thanks = Obrigado. Vá no seu tempo por aqui; você pode parar quando quiser e continuar depois.
under18-info =
    Obrigado pela sinceridade. O Candor foi feito para maiores de idade, então não posso seguir com essas conversas com você.

    O que você está sentindo continua importando. Uma pessoa adulta de confiança, a orientação da sua escola ou um serviço de apoio para jovens no seu país podem escutar você e ajudar a pensar sobre isso. Se em algum momento você não se sentir em segurança, digite /sos para ver números de emergência.
btn-wrong-age = Toquei na resposta errada
btn-youth-lines = Canais para jovens

menu-intro = O que você quer olhar? Dá para sair de qualquer conversa e voltar a ela por aqui.
menu-continue = Continuar: { $title }
btn-learn = Para entender: leituras curtas
btn-sos = Preciso de ajuda agora
btn-coach = Escrever para um coach humano
btn-help = Como funciona
btn-privacy = Privacidade
btn-back-to-where = Voltar para onde eu estava
btn-skip = Pular
btn-continue = Continuar
btn-safety-resources = Ver contatos de apoio e segurança

nav-back = ← Voltar
nav-menu = Menu

flow-resume = Retomando de onde você parou em “{ $title }”.

notice-moved-on = Essa pergunta já ficou para trás. Agora estamos aqui.
notice-empty-text = Essa mensagem chegou vazia para mim. Pode digitar de novo?
notice-text-too-long =
    É mais do que consigo guardar nesta etapa (você escreveu { $got } { $got ->
        [one] caractere
       *[other] caracteres
    }, e o limite é { $max }). Consegue resumir o essencial em poucas frases?
notice-media = Só consigo ler texto e toques nos botões, então não consegui receber isso. Pode escrever em palavras ou tocar em uma opção abaixo?
notice-voice = Não consigo ouvir áudios nem mensagens de vídeo, então não recebi isso. Pode escrever? Se você estiver em perigo ou precisar de alguém agora, o /sos mostra para quem ligar.
notice-unknown-command = Não conheço o comando /{ $name }. O /help mostra os que eu entendo.
notice-consent-first = Antes de começar qualquer coisa, leia isto e confirme sua idade, por favor.
notice-nothing-back = Daqui não há nenhuma etapa anterior para voltar.
notice-reset-done = Fechei essa conversa ({ $title }) e apaguei o que você respondeu lá.
notice-reset-nothing = Você não estava no meio de nenhuma conversa, então não havia de onde sair.

help-text =
    Como o Candor funciona

    Escolha uma conversa no menu e responda pelos botões. Em algumas etapas você pode escrever com suas próprias palavras; guardo isso só até a conversa terminar.

    Comandos que funcionam a qualquer momento:
    /menu: a lista de conversas
    /back: a pergunta anterior (a resposta que você deu nela é descartada)
    /reset: sair da conversa em que você está e apagar as respostas dela
    /learn: leituras curtas, de menos de um minuto
    /sos: números de emergência e de apoio
    /privacy: o que eu guardo e por quanto tempo
    /delete: apagar tudo o que guardo sobre você

    Sou uma ferramenta automática de autoajuda. Não julgo o seu relacionamento e não vou dizer o que você deve decidir: ajudo você a pensar, e a escolha continua sendo sua.

privacy-text =
    O que o Candor guarda sobre você

    • Seu idioma e quando você confirmou ter 18 anos ou mais.
    • Em que ponto de uma conversa você está e as respostas de que ela ainda precisa. O que você escreveu fica guardado só até essa conversa terminar.
    • Suas configurações, os horários do seu check-in e seus check-ins, guardados como alguns números por dia.
    • Quando você usou o Candor pela última vez. Depois de { $days ->
        [one] um dia
       *[other] { $days } dias
    } sem nenhuma atividade, tudo sobre você é apagado automaticamente.

    Nada de histórico da conversa: suas mensagens não ficam armazenadas depois de processadas e nunca vão para os registros do sistema.

    O /export manda para você um arquivo com tudo o que fica guardado sobre você. O /hide tira desta conversa as minhas mensagens recentes. O /delete apaga tudo de uma vez, para sempre.

delete-confirm =
    Isto apaga tudo o que o Candor guarda sobre você: suas respostas, configurações, check-ins e lembretes. Não dá para desfazer.

    As mensagens que já estão nesta conversa continuam no seu celular. Posso aproveitar e apagar as minhas mensagens das últimas 48 horas, ou você pode apagar a conversa no Telegram depois.
btn-delete-yes = Sim, apagar tudo
btn-delete-and-clear = Apagar tudo e limpar esta conversa
btn-delete-no = Não, manter
delete-done =
    Pronto. Tudo o que o Candor guardava sobre você foi apagado do banco de dados.

    As mensagens que já estão nesta conversa continuam no seu aparelho: para removê-las, apague esta conversa no Telegram. Se você escrever de novo, começa do zero.
delete-done-cleared = Pronto. Tudo sobre você foi apagado, e as minhas mensagens recentes foram removidas desta conversa.
delete-cancelled = Nada foi apagado.

professional-help-text =
    Buscar ajuda profissional

    A terapia de casal pode ajudar duas pessoas a entender se um comportamento é sinal de algo que está faltando na relação ou se ele mesmo é o problema. Muitas vezes é difícil perceber isso de dentro.

    Se seu par não quiser ir, fazer terapia individual vale tanto quanto: ajuda você a ter clareza sobre o que precisa e com o que consegue conviver.

    Para encontrar atendimento, procure psicólogos ou terapeutas de casal com registro profissional, perto de você ou on-line, ou peça uma indicação ao seu médico ou na unidade de saúde. Muitas empresas também oferecem atendimento psicológico gratuito e sigiloso.

## Rótulos de botão para o próximo passo, usados pelas conversas
next-raise = Preparar como tocar no assunto
next-repair = Cuidar disso a dois
next-agreement = Conversar sobre nossos combinados
next-spectrum = Ver onde um comportamento se encaixa
next-dealbreaker = Dá para superar isso?
next-professional = Buscar ajuda profissional
next-leaving = Se estou pensando em terminar

## Descrição dos comandos (menu de comandos do Telegram e /help)
cmd-start = Começar ou ver o menu
cmd-menu = A lista de conversas
cmd-back = Voltar uma pergunta
cmd-reset = Sair da conversa atual
cmd-learn = Leituras curtas
cmd-sos = Números de emergência e de apoio
cmd-help = Como o Candor funciona
cmd-privacy = O que o Candor guarda sobre você
cmd-delete = Apagar tudo sobre você
cmd-settings = Configurações de discrição
cmd-language = Mudar o idioma
cmd-export = Receber uma cópia do que o Candor guarda
cmd-hide = Apagar desta conversa as mensagens recentes do Candor

## A pergunta delicada sobre segurança que várias conversas fazem
safety-question = Mais uma pergunta, e ela é importante. Alguma coisa disso fez você sentir medo do seu par? Por exemplo: ameaças, empurrões ou intimidação, vigilância do seu celular, afastamento das suas amizades ou da família, ou controle do seu dinheiro.
safety-answer-no = Não, nada disso
safety-answer-yes = Sim, algo disso está acontecendo
safety-answer-skip = Prefiro não dizer
safety-answer-thanks =
    Obrigado por me contar. Isso importa mais do que qualquer outra coisa aqui.

    Medo, ameaças e controle não são um problema de comunicação, e nada nesta conversa deve empurrar você para uma conversa ou uma decisão que possa colocar você em mais risco. Antes de tudo isso, ajuda pensar na sua segurança com alguém que tenha preparo para isso.
safety-question-early = Antes de começar, uma pergunta que importa mais do que todas as outras. Alguma coisa disso fez você sentir medo do seu par? Por exemplo: ameaças, empurrões ou intimidação, vigilância do seu celular, afastamento das suas amizades ou da família, ou controle do seu dinheiro.
safety-lead = Você me contou que existe medo ou controle nisso, então primeiro vem a sua segurança. Antes de qualquer conversa com seu par, os recursos de segurança estão a um toque, e uma linha de apoio pode ajudar você a pensar no que é seguro.

## O chat no console (um terminal em vez do Telegram)
console-banner = Chat do Candor no console. Digite o número de uma opção para escolher, ou escreva uma mensagem. Os comandos funcionam como no Telegram (o /help mostra todos). Aperte Ctrl-D para sair.
console-bye = Até logo. Seu lugar ficou salvo; abra o Candor de novo para continuar de onde parou.

## Telegram: um grupo, e erros do lado do Candor
group-private-only = Oi. O Candor é uma ferramenta de autoajuda privada e só funciona em conversa individual, então vou sair deste grupo agora. Para usar, abra uma conversa privada comigo.
error-generic = Algo deu errado do meu lado e não consegui processar sua última mensagem. Não foi nada que você fez. Tente de novo, ou digite /menu.

## Um caminho até um coach humano (/coach), quando houver um configurado
cmd-coach = Escrever para um coach humano
coach-none = No momento não há coach disponível por aqui. O /sos mostra pessoas com quem você pode falar agora mesmo.
coach-intro =
    Aqui você pode escrever para uma pessoa de verdade. Sobre quem vai ler:
    { $about }
coach-consent = O Candor vai repassar só a próxima mensagem que você escrever, e nada mais das nossas conversas. Quer incluir seu nome de usuário do Telegram? Assim a resposta pode chegar direto para você.
coach-share-username = Sim, incluir meu nome de usuário
coach-anonymous = Não, enviar sem ele
coach-write = Escreva agora o que você quer mandar, tudo numa mensagem só (até { $max } caracteres).
coach-cancel = Não enviar nada
coach-forward =
    Uma mensagem pelo Candor, de { $from }:

    { $message }
coach-from-username = { $username }
coach-from-anonymous = alguém que preferiu não compartilhar o nome de usuário
coach-sent = Mensagem enviada. A resposta pode chegar direto para você no Telegram. O Candor não guarda nenhuma cópia da sua mensagem.
coach-sent-anonymous = Mensagem enviada, sem o seu nome de usuário, então a resposta não tem como chegar até você. O Candor não guarda nenhuma cópia da sua mensagem.

## Privacidade e discrição: /export, /hide, /settings, /language
export-caption = Aqui está, num arquivo, tudo o que o Candor guarda sobre você. Cada campo vem explicado lá dentro.
export-sent = Mandei para você um arquivo com tudo o que o Candor guarda sobre você.
export-about = Tudo o que o Candor guarda sobre você no momento desta exportação, exatamente como está armazenado, com o que cada campo significa. Nada além disso fica guardado.
export-field-people-user_id = Seu ID de usuário no Telegram: a quem pertence todo o resto.
export-field-people-locale = O idioma em que eu falo com você.
export-field-people-consented_at = Quando você confirmou, na mensagem de apresentação, que tem 18 anos ou mais (em segundos desde 1970, UTC).
export-field-people-state = Onde você está: a conversa e a etapa, as respostas de que uma conversa não terminada ainda precisa, as etapas anteriores (para o /back) e se você me contou que medo ou controle fazem parte da situação.
export-field-people-prefs = Suas configurações, a frase com que terminou seu último check-in (para o próximo ser diferente) e, se você quis guardar, seu plano de segurança.
export-field-people-created_at = Quando você escreveu para o Candor pela primeira vez.
export-field-people-active_at = Quando você escreveu para o Candor pela última vez; depois de muito tempo sem atividade, tudo é apagado.
export-field-people-inactive = Se você bloqueou o Candor.
export-field-reminders-user_id = Seu ID de usuário no Telegram.
export-field-reminders-tz = Seu fuso horário.
export-field-reminders-local_time = O horário do seu check-in diário, em minutos depois da meia-noite.
export-field-reminders-quiet_start = Quando começa seu horário de silêncio (em minutos depois da meia-noite), se você configurou um.
export-field-reminders-quiet_end = Quando termina seu horário de silêncio.
export-field-reminders-role = A situação que você escolheu, que define o que o check-in pergunta.
export-field-reminders-plan_days = Por quantos dias vai seu plano de check-ins (vazio: sem data para acabar).
export-field-reminders-started_on = O dia em que seu plano começou.
export-field-reminders-next_due = Quando vem o próximo check-in (em segundos desde 1970, UTC).
export-field-reminders-snoozed = Se o próximo check-in é um que você adiou.
export-field-reminders-paused_until = Até quando os check-ins estão em pausa, se estiverem.
export-field-reminder_sent-user_id = Seu ID de usuário no Telegram.
export-field-reminder_sent-day = Os dias em que um check-in foi oferecido (guardados por uma semana, para nenhum ser oferecido duas vezes).
export-field-checkins-user_id = Seu ID de usuário no Telegram.
export-field-checkins-day = O dia de um check-in.
export-field-checkins-feel = Como foi o dia, de 1 (muito difícil) a 5 (bom).
export-field-checkins-met = Sua resposta à segunda pergunta do dia, de 1 (não muito) a 3 (sim).
export-field-checkins-need = O que ajudaria no dia seguinte (0 acolhimento, 1 espaço, 2 tempo para conversar, 3 tempo a dois, 4 nada em especial).
export-field-sent_messages-chat_id = O ID desta conversa.
export-field-sent_messages-message_id = Os IDs das minhas mensagens recentes nesta conversa, para que botões antigos possam ser removidos e o /hide funcione (guardados por 48 horas).
export-field-sent_messages-sent_at = Quando cada uma dessas mensagens foi enviada.
export-field-sent_messages-keyboard = Se essa mensagem ainda tem botões.
export-field-inbox-update_id = Uma mensagem sua que chegou e está sendo processada agora (guardada só até o fim do processamento).
export-field-inbox-user_id = Seu ID de usuário no Telegram.
export-field-inbox-payload = Essa mensagem, do jeito que o Telegram entregou.
export-field-inbox-received_at = Quando ela chegou.
export-field-outbox-id = Uma resposta a caminho de você (guardada só até ser enviada).
export-field-outbox-chat_id = O ID desta conversa.
export-field-outbox-locale = O idioma dessa resposta.
export-field-outbox-payload = Essa resposta, na forma de IDs de mensagem e valores.
export-field-outbox-created_at = Quando ela foi definida.
export-field-outbox-not_before = A partir de quando ela pode ser enviada.
export-field-outbox-attempts = Quantas vezes o envio dela falhou.
export-field-pair_invites-token_hash = Uma impressão digital do seu link de convite (o link em si não fica guardado).
export-field-pair_invites-inviter = Seu ID de usuário no Telegram.
export-field-pair_invites-shown_name = O nome que seu par vê ao abrir o link.
export-field-pair_invites-answers = Suas respostas sobre os pontos dos combinados, esperando a comparação.
export-field-pair_invites-expires_at = Quando o convite deixa de funcionar.
export-field-pairings-id = O número da sua comparação.
export-field-pairings-a = Seu ID de usuário no Telegram (o convite partiu de você).
export-field-pairings-b = Seu ID de usuário no Telegram (o convite foi para você).
export-field-pairings-shown_name = O nome que a pessoa que fez o convite escolheu mostrar.
export-field-pairings-a_answers = Suas respostas sobre os pontos dos combinados.
export-field-pairings-b_answers = Suas respostas sobre os pontos dos combinados.
export-field-pairings-status = Em que pé está a comparação.
export-field-pairings-created_at = Quando a comparação começou.
export-field-revisits-user_id = Seu ID de usuário no Telegram.
export-field-revisits-due_at = Quando vou lembrar você de rever seus combinados.
export-field-safety_followups-user_id = Seu ID de usuário no Telegram.
export-field-safety_followups-due_at = Quando vou perguntar como você está, como você pediu depois de contar que estava passando por algo difícil (apagado quando enviado).
hide-done = Pronto.
settings-intro = Configurações de discrição. Se outra pessoa puder ver seu celular, estas opções ajudam.
settings-silent-off = Lembretes de check-in: com som
settings-silent-on = Lembretes de check-in: sem som
settings-neutral-off = Texto do lembrete: fala em “check-in”
settings-neutral-on = Texto do lembrete: neutro (“Você tem uma nova mensagem”)
settings-language = Idioma
settings-saved = Pronto, salvei.
language-choose = Em qual idioma você quer que eu fale?
language-changed = Pronto. A partir de agora, vou falar em português.
language-name-en = English
language-name-es = Español
language-name-pt = Português
language-name-ru = Русский

## A line of a list (the same in every language)
list-item = • { $item }

# The reasons behind a result, shown folded where the platform can (never shown on its own).
fold = { $body }
# A list going on from the message before, with no heading of its own.
list-plain = { $reasons }
