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

menu-intro = O que você gostaria de ver? Escolha uma opção abaixo. Você pode sair de qualquer conversa no meio do caminho e voltar a ela por aqui.
menu-continue = Continuar: { $title }
btn-sos = Preciso de ajuda agora
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
notice-use-buttons = Li sua mensagem, obrigado. Nesta etapa, preciso que você toque em uma das opções abaixo, para eu conseguir acompanhar direitinho.
notice-empty-text = Essa mensagem chegou vazia para mim. Pode digitar de novo?
notice-text-too-long =
    É mais do que consigo guardar nesta etapa (você escreveu { $got } { $got ->
        [one] caractere
       *[other] caracteres
    }, e o limite é { $max }). Consegue resumir o essencial em poucas frases?
notice-media = Só consigo ler texto e toques nos botões, então não consegui receber isso. Pode escrever em palavras ou tocar em uma opção abaixo?
notice-unknown-command = Não conheço o comando /{ $name }. O /help mostra os que eu entendo.
notice-consent-first = Antes de começar qualquer coisa, leia isto e confirme sua idade, por favor.
notice-nothing-back = Daqui não há nenhuma etapa anterior para voltar.
notice-reset-done = Você saiu de “{ $title }”. O que você respondeu lá foi apagado.
notice-reset-nothing = Você não estava no meio de nenhuma conversa, então não havia de onde sair.

help-text =
    Como o Candor funciona

    Escolha uma conversa no menu e responda pelos botões. Em algumas etapas você pode escrever com suas próprias palavras; guardo isso só até a conversa terminar.

    Comandos que funcionam a qualquer momento:
    /menu: a lista de conversas
    /back: a pergunta anterior (a resposta que você deu nela é descartada)
    /reset: sair da conversa em que você está e apagar as respostas dela
    /sos: números de emergência e de apoio
    /privacy: o que eu guardo e por quanto tempo
    /delete: apagar tudo o que guardo sobre você

    Sou uma ferramenta automática de autoajuda. Não julgo o seu relacionamento e não vou dizer o que você deve decidir: ajudo você a pensar, e a escolha continua sendo sua.

privacy-text =
    O que o Candor guarda sobre você

    • Seu idioma e quando você confirmou ter 18 anos ou mais.
    • Em que ponto de uma conversa você está e as respostas de que ela ainda precisa. O que você escreveu fica guardado só até essa conversa terminar.
    • Suas configurações.
    • Quando você usou o Candor pela última vez. Depois de 90 dias sem nenhuma atividade, tudo sobre você é apagado automaticamente.

    Nada de histórico da conversa: suas mensagens não ficam armazenadas depois de processadas e nunca vão para os registros do sistema.

    O /delete apaga tudo de uma vez, para sempre.

delete-confirm =
    Isto apaga tudo o que o Candor guarda sobre você: suas respostas, configurações e lembretes. Não dá para desfazer.

    As mensagens que já estão nesta conversa continuam no seu celular até você apagar a conversa no Telegram.
btn-delete-yes = Sim, apagar tudo
btn-delete-no = Não, manter
delete-done =
    Pronto. Tudo o que o Candor guardava sobre você foi apagado do banco de dados.

    As mensagens que já estão nesta conversa continuam no seu aparelho: para removê-las, apague esta conversa no Telegram. Se você escrever de novo, começa do zero.
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

## Descrição dos comandos (menu de comandos do Telegram e /help)
cmd-start = Começar ou ver o menu
cmd-menu = A lista de conversas
cmd-back = Voltar uma pergunta
cmd-reset = Sair da conversa atual
cmd-sos = Números de emergência e de apoio
cmd-help = Como o Candor funciona
cmd-privacy = O que o Candor guarda sobre você
cmd-delete = Apagar tudo sobre você

## A pergunta delicada sobre segurança que várias conversas fazem
safety-question = Mais uma pergunta, e ela é importante. Alguma coisa disso fez você sentir medo do seu par? Por exemplo: ameaças, empurrões ou intimidação, vigilância do seu celular, afastamento das suas amizades ou da família, ou controle do seu dinheiro.
safety-answer-no = Não, nada disso
safety-answer-yes = Sim, algo disso está acontecendo
safety-answer-skip = Prefiro não dizer
safety-answer-thanks =
    Obrigado por me contar. Isso importa mais do que qualquer outra coisa aqui.

    Medo, ameaças e controle não são um problema de comunicação, e nada nesta conversa deve empurrar você para uma conversa ou uma decisão que possa colocar você em mais risco. Antes de tudo isso, ajuda pensar na sua segurança com alguém que tenha preparo para isso.

## O chat no console (um terminal em vez do Telegram)
console-banner = Chat do Candor no console. Digite o número de uma opção para escolher, ou escreva uma mensagem. Os comandos funcionam como no Telegram (o /help mostra todos). Aperte Ctrl-D para sair.
console-bye = Até logo. Seu lugar ficou salvo; abra o Candor de novo para continuar de onde parou.

## Telegram: um grupo, e erros do lado do Candor
group-private-only = Oi. O Candor é uma ferramenta de autoajuda privada e só funciona em conversa individual, então vou sair deste grupo agora. Para usar, abra uma conversa privada comigo.
error-generic = Algo deu errado do meu lado e não consegui processar sua última mensagem. Não foi nada que você fez. Tente de novo, ou digite /menu.
